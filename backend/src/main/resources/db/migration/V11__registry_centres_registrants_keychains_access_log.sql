-- The watch-over keychain registry (見守りキーホルダー登録): support centres (地域包括支援センター) and the staff
-- who work at each, registrants with their consent, connections (つながり), medical notes and status history,
-- every keychain number ever issued, and the append-only log of every access to a registrant's personal data.
-- Region-owned tables lead every key with region_id and force row-level security like every other table.

-- Support centres ------------------------------------------------------------------------------------------
create sequence centre_id_seq;

create table centres (
    region_id           text not null references regions (code),
    id                  bigint not null default nextval('centre_id_seq'),
    name                text not null,
    name_kana           text,
    postal_code         text,
    address             text,
    phone               text not null,
    opening_hours       text,
    after_hours_contact text,
    after_hours_phone   text,
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    primary key (region_id, id),
    unique (region_id, name)
);

-- Which centre a centre-staff user works at, keyed by the Keycloak username the token carries. One centre each.
create table centre_members (
    region_id   text not null,
    username    text not null,
    centre_id   bigint not null,
    assigned_by text not null,
    assigned_at timestamptz not null default now(),
    primary key (region_id, username),
    foreign key (region_id, centre_id) references centres (region_id, id)
);
create index centre_members_by_centre on centre_members (region_id, centre_id);

-- Registrants ----------------------------------------------------------------------------------------------
create sequence registrant_id_seq;

-- Personal fields are nullable only so that they can be erased when the region's retention period after a
-- withdrawal of consent ends (erased_at); until then the check below requires them.
create table registrants (
    region_id            text not null references regions (code),
    id                   bigint not null default nextval('registrant_id_seq'),
    centre_id            bigint not null,
    name                 text,
    name_kana            text,
    search_key           text not null default '',
    birth_date           date,
    sex                  text check (sex in ('female', 'male', 'other', 'unanswered')),
    postal_code          text,
    address              text,
    phone                text,
    living_situation     text check (living_situation in ('alone', 'elderly-only', 'with-family', 'other')),
    living_notes         text,
    care_level           text check (care_level in ('none', 'applying', 'support-1', 'support-2',
                                                    'care-1', 'care-2', 'care-3', 'care-4', 'care-5')),
    conditions           text,
    medication           text,
    allergies            text,
    family_doctor        text,
    family_doctor_phone  text,
    hospital             text,
    medical_notes        text,
    consent_form_version text not null,
    consented_on         date not null,
    -- To whom the person agreed their record may be disclosed in an emergency (the look-up of part 2 reads it).
    disclose_to          text[] not null default '{}' check (disclose_to <@ array['hospital', 'police', 'fire']),
    status               text not null default 'active'
        check (status in ('active', 'moved', 'in-hospital', 'in-facility', 'deceased', 'withdrawn')),
    status_since         date not null,
    erased_at            timestamptz,
    version              integer not null default 0,
    created_by           text not null,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    primary key (region_id, id),
    foreign key (region_id, centre_id) references centres (region_id, id),
    check (erased_at is not null or (name is not null and name_kana is not null and birth_date is not null
                                     and sex is not null and address is not null and living_situation is not null)),
    check (erased_at is null or status = 'withdrawn')
);
create index registrants_by_centre on registrants (region_id, centre_id, status);
create index registrants_by_kana on registrants (region_id, name_kana);
create index registrants_search on registrants using gin (region_id, search_key gin_trgm_ops);

-- The people and places to call, in the order to call them (priority 1 first).
create table registrant_connections (
    region_id     text not null,
    registrant_id bigint not null,
    priority      integer not null check (priority between 1 and 20),
    kind          text not null check (kind in ('family', 'neighbour', 'friend', 'care-manager', 'doctor', 'place', 'other')),
    name          text not null,
    relation      text,
    phone         text,
    notes         text,
    primary key (region_id, registrant_id, priority),
    foreign key (region_id, registrant_id) references registrants (region_id, id) on delete cascade
);

-- Every change of status, with the day it took effect and why. Append-only for the app role.
create table registrant_status_changes (
    region_id     text not null,
    registrant_id bigint not null,
    id            bigint generated always as identity,
    at            timestamptz not null default now(),
    actor         text not null,
    from_status   text,
    to_status     text not null,
    effective_on  date not null,
    reason        text not null,
    primary key (region_id, registrant_id, id),
    foreign key (region_id, registrant_id) references registrants (region_id, id)
);

-- What a region keeps after a withdrawal of consent, and for how long.
create table registry_settings (
    region_id                 text primary key references regions (code),
    withdrawal_retention_days integer not null default 30 check (withdrawal_retention_days between 0 and 3650),
    version                   integer not null default 0,
    updated_at                timestamptz not null default now()
);

-- Keychain numbers -----------------------------------------------------------------------------------------
-- The franchise's directory of number prefixes: printed on every keychain, so public within Noren like the
-- region codes themselves, and not region-owned (its region column is the directory's, hence region_code).
create table keychain_prefixes (
    prefix      text primary key check (prefix ~ '^[A-Z]{2,4}$'),
    region_code text not null unique references regions (code),
    created_at  timestamptz not null default now(),
    unique (region_code, prefix)
);

-- Every number ever issued. Rows are never deleted (no grant), so a number is never issued twice. The key is
-- (region_id, number); the number begins with its region's prefix, which belongs to that region alone, so the
-- number is unique across the franchise as well.
create table keychains (
    region_id     text not null,
    number        text not null,
    prefix        text not null,
    registrant_id bigint not null,
    issued_at     timestamptz not null default now(),
    issued_by     text not null,
    revoked_at    timestamptz,
    revoked_by    text,
    revoke_reason text check (revoke_reason in ('lost', 'damaged', 'returned', 'other')),
    replaced_by   text,
    primary key (region_id, number),
    foreign key (region_id, prefix) references keychain_prefixes (region_code, prefix),
    foreign key (region_id, registrant_id) references registrants (region_id, id),
    check (number ~ ('^' || prefix || '[0-9]{9}$')),
    check ((revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revoke_reason is null))
);
create unique index keychains_one_active on keychains (region_id, registrant_id) where revoked_at is null;
create index keychains_by_registrant on keychains (region_id, registrant_id, issued_at);

-- The access log ------------------------------------------------------------------------------------------
-- One row for every read (and write) of a registrant's personal data, written in the same transaction as
-- the read. Append-only for everyone: the app role may only insert and select, and a trigger refuses update,
-- delete and truncate even to the owner and superusers.
create table access_log (
    region_id     text not null references regions (code),
    id            bigint generated always as identity,
    at            timestamptz not null default now(),
    username      text not null,
    display_name  text,
    roles         text[] not null default '{}',
    centre_id     bigint,
    centre_name   text,
    registrant_id bigint,
    action        text not null check (action in ('search', 'read', 'create', 'update', 'status', 'keychain', 'card',
                                                  'number-check', 'export')),
    sections      text[] not null default '{}',
    access        text not null check (access in ('full', 'limited', 'none')),
    purpose       text,
    outcome       text not null default 'shown' check (outcome in ('shown', 'written', 'rejected')),
    details       jsonb not null default '{}',
    client_ip     text,
    user_agent    text,
    primary key (region_id, id)
);
create index access_log_by_registrant on access_log (region_id, registrant_id, at desc);
create index access_log_by_time on access_log (region_id, at);

create function access_log_refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'access_log is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger access_log_no_update_or_delete before update or delete on access_log
    for each row execute function access_log_refuse_change();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_refuse_change();

-- Row-level security --------------------------------------------------------------------------------------
alter table centres enable row level security;
alter table centres force row level security;
create policy region_isolation on centres
    using (region_id = current_region()) with check (region_id = current_region());

alter table centre_members enable row level security;
alter table centre_members force row level security;
create policy region_isolation on centre_members
    using (region_id = current_region()) with check (region_id = current_region());

alter table registrants enable row level security;
alter table registrants force row level security;
create policy region_isolation on registrants
    using (region_id = current_region()) with check (region_id = current_region());

alter table registrant_connections enable row level security;
alter table registrant_connections force row level security;
create policy region_isolation on registrant_connections
    using (region_id = current_region()) with check (region_id = current_region());

alter table registrant_status_changes enable row level security;
alter table registrant_status_changes force row level security;
create policy region_isolation on registrant_status_changes
    using (region_id = current_region()) with check (region_id = current_region());

alter table registry_settings enable row level security;
alter table registry_settings force row level security;
create policy region_isolation on registry_settings
    using (region_id = current_region()) with check (region_id = current_region());

alter table keychains enable row level security;
alter table keychains force row level security;
create policy region_isolation on keychains
    using (region_id = current_region()) with check (region_id = current_region());

alter table access_log enable row level security;
alter table access_log force row level security;
create policy region_isolation on access_log
    using (region_id = current_region()) with check (region_id = current_region());

-- Grants: the app role never deletes a registrant, a status change, a keychain number or a log entry --------
grant select, insert, update, delete on centres to ${appRole};
grant select, insert, update, delete on centre_members to ${appRole};
grant select, insert, update on registrants to ${appRole};
grant select, insert, update, delete on registrant_connections to ${appRole};
grant select, insert on registrant_status_changes to ${appRole};
grant select, insert, update on registry_settings to ${appRole};
grant select, insert on keychain_prefixes to ${appRole};
grant select, insert on keychains to ${appRole};
grant update (revoked_at, revoked_by, revoke_reason, replaced_by) on keychains to ${appRole};
revoke all on access_log from public;
grant select, insert on access_log to ${appRole};
grant usage on sequence centre_id_seq, registrant_id_seq to ${appRole};
