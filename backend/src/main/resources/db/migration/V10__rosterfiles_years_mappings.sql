-- Roster imports with sponsorship years (年度), applied in the background, and a region's saved column mapping.

-- An import is applied by a background job: 'applying' while it runs (done/total rows, refreshed as it goes),
-- then 'applied', or 'failed' with nothing written (it can be applied again).
alter table roster_imports drop constraint roster_imports_status_check;
alter table roster_imports add constraint roster_imports_status_check
    check (status in ('pending', 'applying', 'applied', 'failed', 'undone'));
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

alter table roster_import_sponsors enable row level security;
alter table roster_import_sponsors force row level security;
create policy region_isolation on roster_import_sponsors
    using (region_id = current_region()) with check (region_id = current_region());

alter table roster_import_years enable row level security;
alter table roster_import_years force row level security;
create policy region_isolation on roster_import_years
    using (region_id = current_region()) with check (region_id = current_region());

-- Delete: previews that were never applied, and undone imports, are cleared after a day.
grant select, insert, update, delete on roster_import_sponsors to ${appRole};
grant select, insert, update, delete on roster_import_years to ${appRole};

-- Undoing an import removes the years it created. Such a year has no history of its own (the import is its
-- record), so the foreign key from sponsorship_history refuses the delete of any year that was changed since.
grant delete on sponsorships to ${appRole};
create trigger sponsorships_totals_after_delete after delete on sponsorships
    referencing old table as changed for each statement execute function sponsorships_totals_after_statement();

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
