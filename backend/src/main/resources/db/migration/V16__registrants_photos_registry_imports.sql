-- A registrant's photo, and imports of an existing registry (登録者名簿の取り込み) from CSV or xlsx.

-- One photo per registrant, decoded, scaled to at most 800 px and re-encoded without metadata before it is kept.
create table registrant_photos (
    region_id     text not null,
    registrant_id bigint not null,
    media_type    text not null check (media_type in ('image/jpeg', 'image/png')),
    image         bytea not null,
    width         integer not null,
    height        integer not null,
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    primary key (region_id, registrant_id),
    foreign key (region_id, registrant_id) references registrants (region_id, id) on delete cascade
);

-- An import: previewed ('pending'), 'applying' in the background (done/total), 'applied', 'failed' (nothing
-- written), 'undone', or 'expired' (a preview left for a day; its staged rows are deleted).
create table registry_imports (
    region_id   text not null references regions (code),
    id          uuid not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    status      text not null default 'pending'
        check (status in ('pending', 'applying', 'applied', 'failed', 'undone', 'expired')),
    total       integer not null default 0,
    done        integer not null default 0,
    progress_at timestamptz,
    outcome     jsonb,
    payload     jsonb not null default '{}',
    primary key (region_id, id)
);

-- The previewed rows: what apply writes (the checked registrant as JSON), the registrant it updates with the
-- version it read and the values it replaces (for undo), and the keychain number it keeps or issues. Apply
-- analyzes it first (maintain), so that its per-row look-ups are planned for the rows just staged.
create table registry_import_rows (
    region_id       text not null,
    import_id       uuid not null,
    position        integer not null,
    row_number      integer not null,
    action          text not null check (action in ('create', 'update', 'unchanged')),
    registrant_id   bigint,
    base_version    integer,
    centre_id       bigint not null,
    registrant      jsonb not null,
    before          jsonb,
    keychain_number text,
    issue_number    boolean not null default false,
    primary key (region_id, import_id, position),
    foreign key (region_id, import_id) references registry_imports (region_id, id)
);

-- What an import created, so that its undo may remove exactly that and nothing else.
alter table registrants add column import_id uuid;
alter table keychains add column import_id uuid;

create index registrants_by_birth on registrants (region_id, birth_date);

alter table registrant_photos enable row level security;
alter table registrant_photos force row level security;
create policy region_isolation on registrant_photos
    using (region_id = current_region()) with check (region_id = current_region());

alter table registry_imports enable row level security;
alter table registry_imports force row level security;
create policy region_isolation on registry_imports
    using (region_id = current_region()) with check (region_id = current_region());

alter table registry_import_rows enable row level security;
alter table registry_import_rows force row level security;
create policy region_isolation on registry_import_rows
    using (region_id = current_region()) with check (region_id = current_region());

-- The app role still never deletes a registrant or a keychain number, except those an import created, when the
-- import is undone: a restrictive policy holds the delete to rows that carry an import.
create policy only_imported_rows_deleted on registrants as restrictive for delete using (import_id is not null);
create policy only_imported_rows_deleted on keychains as restrictive for delete using (import_id is not null);

grant select, insert, update, delete on registrant_photos to ${appRole};
grant select, insert, update on registry_imports to ${appRole};
grant select, insert, update, delete, maintain on registry_import_rows to ${appRole};
grant delete on registrants, keychains to ${appRole};
