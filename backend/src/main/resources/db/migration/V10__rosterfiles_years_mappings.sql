-- Roster imports with sponsorship years (年度), applied in the background, and a region's saved column mapping.

-- An import is applied by a background job: 'applying' while it runs (done/total rows, refreshed as it goes),
-- then 'applied', or 'failed' with nothing written (it can be applied again). A preview not applied within a day
-- is 'expired': its staged rows are deleted.
alter table roster_imports drop constraint roster_imports_status_check;
alter table roster_imports add constraint roster_imports_status_check
    check (status in ('pending', 'applying', 'applied', 'failed', 'undone', 'expired'));
alter table roster_imports
    add column total       integer not null default 0,
    add column done        integer not null default 0,
    add column progress_at timestamptz,
    add column outcome     jsonb;

-- The previewed rows, one per sponsor and one per sponsor-year, with the final values to write and, for an
-- update, the stored values it replaces (for undo). Apply writes them set by set; nothing else reads them.
create table roster_import_sponsors (
    region_id     text not null,
    import_id     uuid not null,
    position      integer not null,
    first_row     integer not null,
    search_key    text not null,
    action        text not null check (action in ('create', 'update', 'unchanged')),
    sponsor_id    bigint,
    base_version  integer,
    category_code text not null,
    name          text not null,
    name_kana     text not null,
    postal_code   text,
    address       text,
    phone         text,
    email         text,
    joined_on     date,
    notes         text,
    before        jsonb,
    primary key (region_id, import_id, position),
    unique (region_id, import_id, search_key),
    foreign key (region_id, import_id) references roster_imports (region_id, id)
);

create table roster_import_years (
    region_id      text not null,
    import_id      uuid not null,
    ordinal        integer not null,
    row_number     integer not null,
    position       integer not null,
    fiscal_year    integer not null,
    action         text not null check (action in ('create', 'update', 'unchanged')),
    base_version   integer,
    status         text not null,
    units          integer not null,
    unit_fee       integer not null,
    fee            integer not null,
    invoiced_on    date,
    paid_on        date,
    payment_method text,
    paid_amount    integer,
    notes          text,
    before         jsonb,
    primary key (region_id, import_id, ordinal),
    foreign key (region_id, import_id) references roster_imports (region_id, id)
);

-- Apply checks that no sponsor of the same name and reading was created since the preview: an index probe per row.
create index sponsors_by_search_key on sponsors (region_id, search_key);

alter table roster_import_sponsors enable row level security;
alter table roster_import_sponsors force row level security;
create policy region_isolation on roster_import_sponsors
    using (region_id = current_region()) with check (region_id = current_region());

alter table roster_import_years enable row level security;
alter table roster_import_years force row level security;
create policy region_isolation on roster_import_years
    using (region_id = current_region()) with check (region_id = current_region());

-- Delete: previews that were never applied, and undone imports, are cleared after a day. Maintain: apply analyzes
-- the staging tables first, so that its joins are planned for the rows just staged, not for the table as it was.
grant select, insert, update, delete, maintain on roster_import_sponsors to ${appRole};
grant select, insert, update, delete, maintain on roster_import_years to ${appRole};

-- Undoing an import removes the years it created. Such a year has no history of its own (the import is its
-- record), so the foreign key from sponsorship_history refuses the delete of any year that was changed since.
grant delete on sponsorships to ${appRole};
create trigger sponsorships_totals_after_delete after delete on sponsorships
    referencing old table as changed for each statement execute function sponsorships_totals_after_statement();

-- The head-office rollup of active sponsors per category is kept per statement instead of per row. Per row, a
-- statement that writes many sponsors (an import creates 20,000 in one transaction) updated the same rollup row
-- again for each of them, and each update stepped over every earlier version of that row: the cost grew with the
-- square of the count (40,000 sponsors: 2.8 s in the trigger, against 0.07 s per statement).
drop trigger sponsors_count_changes on sponsors;
drop function sponsors_count_changes();
drop function sponsor_category_counts_apply(text, text, integer);

create function sponsors_count_statement() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    if tg_op = 'INSERT' then
        insert into sponsor_category_counts (region_id, category_code, active_count)
        select region_id, category_code, count(*) from new_rows where archived_at is null group by 1, 2
        on conflict (region_id, category_code)
            do update set active_count = sponsor_category_counts.active_count + excluded.active_count;
    elsif tg_op = 'UPDATE' then
        insert into sponsor_category_counts (region_id, category_code, active_count)
        select region_id, category_code, sum(delta) from (
            select region_id, category_code, 1 as delta from new_rows where archived_at is null
            union all
            select region_id, category_code, -1 from old_rows where archived_at is null) changes
        group by 1, 2 having sum(delta) <> 0
        on conflict (region_id, category_code)
            do update set active_count = sponsor_category_counts.active_count + excluded.active_count;
    else
        insert into sponsor_category_counts (region_id, category_code, active_count)
        select region_id, category_code, -count(*) from old_rows where archived_at is null group by 1, 2
        on conflict (region_id, category_code)
            do update set active_count = sponsor_category_counts.active_count + excluded.active_count;
    end if;
    return null;
end
$$;

create trigger sponsors_count_inserted after insert on sponsors
    referencing new table as new_rows for each statement execute function sponsors_count_statement();
create trigger sponsors_count_updated after update on sponsors
    referencing old table as old_rows new table as new_rows for each statement execute function sponsors_count_statement();
create trigger sponsors_count_deleted after delete on sponsors
    referencing old table as old_rows for each statement execute function sponsors_count_statement();

-- Which column of a region's files holds which roster field, saved from the import screen:
-- [{"header": "事業所名", "field": "name"}, {"header": "メモ", "field": null}] (null: not imported).
create table roster_column_mappings (
    region_id  text not null references regions (code),
    entries    jsonb not null default '[]',
    version    integer not null default 0,
    updated_by text not null,
    updated_at timestamptz not null default now(),
    primary key (region_id)
);

alter table roster_column_mappings enable row level security;
alter table roster_column_mappings force row level security;
create policy region_isolation on roster_column_mappings
    using (region_id = current_region()) with check (region_id = current_region());

grant select, insert, update on roster_column_mappings to ${appRole};
