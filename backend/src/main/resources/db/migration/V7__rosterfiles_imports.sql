-- Roster imports (名簿の取り込み): a previewed file's validated rows, kept until they are applied or undone.
-- Region-owned: the region column leads the key, and row-level security holds it like every other table.
create table roster_imports (
    region_id  text not null references regions (code),
    id         uuid not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    status     text not null default 'pending' check (status in ('pending', 'applied', 'undone')),
    payload    jsonb not null,
    primary key (region_id, id)
);

alter table roster_imports enable row level security;
alter table roster_imports force row level security;
create policy region_isolation on roster_imports
    using (region_id = current_region()) with check (region_id = current_region());

grant select, insert, update on roster_imports to ${appRole};
