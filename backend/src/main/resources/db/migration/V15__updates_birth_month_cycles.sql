-- The yearly birth-month update of the keychain registry (誕生月更新): one cycle per registrant and year, opened
-- when the registrant's birth month has come while they are active, and every contact a centre made for it
-- (who, when, how, the outcome, what changed and any concern raised). Head office compares regions through the
-- rollup update_completion_counts, which triggers keep in the same transaction (docs/adr/0014).

-- One registrant's update for one birth month. open: due and not yet done; done: updated or confirmed unchanged;
-- cancelled: the registrant stopped being active (moved, died, withdrew, in hospital or a facility) before it was
-- done. A cycle is never deleted.
create table birth_month_cycles (
    region_id       text not null,
    registrant_id   bigint not null,
    year            integer not null check (year between 2000 and 2200),
    month           integer not null check (month between 1 and 12),
    state           text not null default 'open' check (state in ('open', 'done', 'cancelled')),
    opened_at       timestamptz not null default now(),
    done_at         timestamptz,
    done_contact_id bigint,
    primary key (region_id, registrant_id, year, month),
    foreign key (region_id, registrant_id) references registrants (region_id, id),
    check ((state = 'done') = (done_at is not null))
);
create index birth_month_cycles_by_month on birth_month_cycles (region_id, year, month, state);

-- Every contact made for an update, kept as it was recorded (the app role may only insert and read).
create table update_contacts (
    region_id          text not null,
    id                 bigint generated always as identity,
    registrant_id      bigint not null,
    cycle_year         integer not null,
    cycle_month        integer not null,
    contacted_on       date not null,
    method             text not null check (method in ('visit', 'phone', 'centre', 'letter')),
    outcome            text not null check (outcome in ('updated', 'no-change', 'unreachable')),
    changed_fields     text[] not null default '{}',
    concern            text check (char_length(concern) <= 1000),
    follow_up          boolean not null default false,
    registrant_version integer not null,
    username           text not null,
    display_name       text,
    recorded_at        timestamptz not null default now(),
    primary key (region_id, id),
    foreign key (region_id, registrant_id, cycle_year, cycle_month)
        references birth_month_cycles (region_id, registrant_id, year, month)
);
create index update_contacts_by_registrant on update_contacts (region_id, registrant_id, contacted_on desc, id desc);

alter table birth_month_cycles enable row level security;
alter table birth_month_cycles force row level security;
create policy region_isolation on birth_month_cycles
    using (region_id = current_region()) with check (region_id = current_region());

alter table update_contacts enable row level security;
alter table update_contacts force row level security;
create policy region_isolation on update_contacts
    using (region_id = current_region()) with check (region_id = current_region());

grant select, insert on birth_month_cycles to ${appRole};
grant update (state, done_at, done_contact_id) on birth_month_cycles to ${appRole};
grant select, insert on update_contacts to ${appRole};

-- Head office's rollup -----------------------------------------------------------------------------------------
-- due_count: cycles of that birth month that were opened and not cancelled (open or done);
-- done_count: those of them done, whenever the update was made. Only the stats role reads it.
create table update_completion_counts (
    region_id  text not null references regions (code),
    year       integer not null,
    month      integer not null,
    due_count  integer not null default 0,
    done_count integer not null default 0,
    primary key (region_id, year, month)
);
revoke all on update_completion_counts from public;
grant select on update_completion_counts to ${statsRole};

-- Kept per statement: opening a month's cycles inserts hundreds of rows in one statement.
create function birth_month_cycles_count_statement() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    insert into update_completion_counts (region_id, year, month, due_count, done_count)
    select region_id, year, month, sum(due), sum(done) from (
        select region_id, year, month, (state <> 'cancelled')::int as due, (state = 'done')::int as done
        from new_rows
        union all
        select region_id, year, month, -(state <> 'cancelled')::int, -(state = 'done')::int
        from old_rows) changes
    group by 1, 2, 3
    having sum(due) <> 0 or sum(done) <> 0
    on conflict (region_id, year, month) do update
        set due_count = update_completion_counts.due_count + excluded.due_count,
            done_count = update_completion_counts.done_count + excluded.done_count;
    return null;
end
$$;

create function birth_month_cycles_count_inserts() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    insert into update_completion_counts (region_id, year, month, due_count, done_count)
    select region_id, year, month, count(*) filter (where state <> 'cancelled'), count(*) filter (where state = 'done')
    from new_rows group by 1, 2, 3
    on conflict (region_id, year, month) do update
        set due_count = update_completion_counts.due_count + excluded.due_count,
            done_count = update_completion_counts.done_count + excluded.done_count;
    return null;
end
$$;

create trigger birth_month_cycles_counted_after_insert after insert on birth_month_cycles
    referencing new table as new_rows for each statement execute function birth_month_cycles_count_inserts();
create trigger birth_month_cycles_counted_after_update after update on birth_month_cycles
    referencing old table as old_rows new table as new_rows
    for each statement execute function birth_month_cycles_count_statement();

-- A registrant who stops being active (or whose birth month is corrected) is no longer due: their cycle of the
-- past twelve months that is still open is cancelled. One who becomes active again gets it back.
create function registrants_update_cycles() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    this_month integer := (extract(year from now() at time zone 'Asia/Tokyo') * 12
                           + extract(month from now() at time zone 'Asia/Tokyo'))::integer;
begin
    if new.status <> 'active' or new.birth_date is distinct from old.birth_date then
        update birth_month_cycles set state = 'cancelled'
        where region_id = new.region_id and registrant_id = new.id and state = 'open'
          and year * 12 + month > this_month - 12;
    end if;
    if new.status = 'active' and old.status <> 'active' then
        update birth_month_cycles set state = 'open'
        where region_id = new.region_id and registrant_id = new.id and state = 'cancelled'
          and year * 12 + month > this_month - 12 and month = extract(month from new.birth_date);
    end if;
    return null;
end
$$;

create trigger registrants_update_cycles after update of status, birth_date on registrants
    for each row when (old.status is distinct from new.status or old.birth_date is distinct from new.birth_date)
    execute function registrants_update_cycles();

-- Version 1 of the update postcard's text in head office's template library (docs/adr/0008).
insert into document_template_versions (template_key, version, subject, body, note, published_by) values
('update-postcard', 1, '見守りキーホルダー　登録内容の確認のお願い',
'{registrantName} 様

いつも見守りキーホルダーをお持ちいただき、ありがとうございます。
{birthMonth}はお誕生月です。毎年この月に、ご登録の内容（住所・電話番号・緊急時の連絡先・かかりつけ医など）に変わりがないかを確認しています。

近日中に{centreName}の職員がお電話またはご訪問でお伺いします。変わったことがあれば、お気軽にご連絡ください。

前回の確認：{lastUpdatedOn}

{centreName}
電話 {centrePhone}
{regionName}
', '初版', 'system');
