-- The sponsor roster (協賛事業所・企業). Region-owned: the region column leads every key.
create sequence sponsor_id_seq;

create table sponsors (
    region_id     text not null references regions (code),
    id            bigint not null default nextval('sponsor_id_seq'),
    category_code text not null references sponsor_categories (code),
    name          text not null,
    name_kana     text not null,
    search_key    text not null,
    postal_code   text,
    address       text,
    phone         text,
    email         text,
    joined_on     date,
    notes         text,
    archived_at   timestamptz,
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    primary key (region_id, id)
);
create index sponsors_by_kana on sponsors (region_id, name_kana);
create index sponsors_by_category on sponsors (region_id, category_code);

create table sponsor_contacts (
    region_id  text not null,
    sponsor_id bigint not null,
    position   integer not null,
    name       text not null,
    name_kana  text,
    title      text,
    phone      text,
    email      text,
    primary key (region_id, sponsor_id, position),
    foreign key (region_id, sponsor_id) references sponsors (region_id, id) on delete cascade
);

-- Every change to a sponsor: who, when, what. Append-only for the app role (no update, no delete grant).
create table sponsor_history (
    region_id  text not null,
    sponsor_id bigint not null,
    id         bigint generated always as identity,
    at         timestamptz not null default now(),
    actor      text not null,
    action     text not null check (action in ('created', 'updated', 'archived', 'restored')),
    changes    jsonb not null default '[]',
    primary key (region_id, sponsor_id, id),
    foreign key (region_id, sponsor_id) references sponsors (region_id, id)
);

alter table sponsors enable row level security;
alter table sponsors force row level security;
create policy region_isolation on sponsors
    using (region_id = current_region()) with check (region_id = current_region());

alter table sponsor_contacts enable row level security;
alter table sponsor_contacts force row level security;
create policy region_isolation on sponsor_contacts
    using (region_id = current_region()) with check (region_id = current_region());

alter table sponsor_history enable row level security;
alter table sponsor_history force row level security;
create policy region_isolation on sponsor_history
    using (region_id = current_region()) with check (region_id = current_region());

grant select, insert, update on sponsors to ${appRole};
grant select, insert, update, delete on sponsor_contacts to ${appRole};
grant select, insert on sponsor_history to ${appRole};
grant usage on sequence sponsor_id_seq to ${appRole};

-- Head office sees counts only. The rollup is kept by a trigger that runs as the owner, so the stats role
-- reads a few numbers per region instead of scanning (or being able to read) any sponsor row.
create table sponsor_category_counts (
    region_id     text not null references regions (code),
    category_code text not null references sponsor_categories (code),
    active_count  integer not null default 0,
    primary key (region_id, category_code)
);
grant select on sponsor_category_counts to ${statsRole};

create function sponsor_category_counts_apply(p_region text, p_category text, p_delta integer)
    returns void language sql security definer set search_path = public
as $$
    insert into sponsor_category_counts (region_id, category_code, active_count)
    values (p_region, p_category, p_delta)
    on conflict (region_id, category_code)
        do update set active_count = sponsor_category_counts.active_count + excluded.active_count
$$;

create function sponsors_count_changes() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.archived_at is null then
        perform sponsor_category_counts_apply(old.region_id, old.category_code, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.archived_at is null then
        perform sponsor_category_counts_apply(new.region_id, new.category_code, 1);
    end if;
    return null;
end
$$;
revoke execute on function sponsor_category_counts_apply(text, text, integer) from public;

create trigger sponsors_count_changes
    after insert or update of category_code, archived_at or delete on sponsors
    for each row execute function sponsors_count_changes();
