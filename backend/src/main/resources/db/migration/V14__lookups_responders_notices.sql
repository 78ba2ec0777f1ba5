-- The emergency look-up of a keychain number (緊急照会): the organisations whose responders may look numbers up
-- (hospitals, police stations, fire departments), which responder works at which, the notices a centre gets
-- for every look-up of its registrants, and the break-glass disclosures the region admin reviews (docs/adr/0013).

-- Where a centre's notices of look-ups are mailed.
alter table centres add column email text;

-- Responder organisations -----------------------------------------------------------------------------------
create sequence responder_organisation_id_seq;

create table responder_organisations (
    region_id   text not null references regions (code),
    id          bigint not null default nextval('responder_organisation_id_seq'),
    name        text not null,
    kind        text not null check (kind in ('hospital', 'police', 'fire', 'other')),
    phone       text not null,
    approved    boolean not null default false,
    approved_by text,
    approved_at timestamptz,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    primary key (region_id, id),
    unique (region_id, name)
);

-- Which responder works at which organisation, by the Keycloak username the token carries. One each.
create table responder_members (
    region_id       text not null,
    username        text not null,
    organisation_id bigint not null,
    assigned_by     text not null,
    assigned_at     timestamptz not null default now(),
    primary key (region_id, username),
    foreign key (region_id, organisation_id) references responder_organisations (region_id, id)
);
create index responder_members_by_organisation on responder_members (region_id, organisation_id);

-- Notices to the registrant's centre ------------------------------------------------------------------------
-- One row in the registrant's region for every look-up of a number of that region that names a registrant:
-- shown, revoked, ended or refused. Only reading and the mail's outcome change afterwards.
create sequence lookup_notice_id_seq;

create table lookup_notices (
    region_id          text not null references regions (code),
    id                 bigint not null default nextval('lookup_notice_id_seq'),
    at                 timestamptz not null default now(),
    centre_id          bigint not null,
    registrant_id      bigint not null,
    number             text not null,
    result             text not null check (result in ('shown', 'revoked', 'ended', 'refused')),
    emergency          boolean not null default false,
    responder_region   text not null,
    responder_username text not null,
    responder_name     text,
    organisation_name  text,
    organisation_kind  text,
    reason             text not null,
    reason_text        text,
    mail_status        text not null default 'pending' check (mail_status in ('pending', 'sent', 'failed', 'no-address')),
    mail_error         text,
    read_at            timestamptz,
    read_by            text,
    primary key (region_id, id),
    foreign key (region_id, centre_id) references centres (region_id, id),
    foreign key (region_id, registrant_id) references registrants (region_id, id)
);
create index lookup_notices_by_centre on lookup_notices (region_id, centre_id, at desc);

-- Break-glass disclosures -----------------------------------------------------------------------------------
-- A look-up by a responder without an approved organisation, kept in the responder's region until its admin
-- has reviewed it (確認待ち).
create sequence emergency_disclosure_id_seq;

create table emergency_disclosures (
    region_id         text not null references regions (code),
    id                bigint not null default nextval('emergency_disclosure_id_seq'),
    at                timestamptz not null default now(),
    username          text not null,
    display_name      text,
    organisation_id   bigint,
    organisation_name text,
    number            text not null,
    home_region       text,
    result            text not null,
    reason            text not null,
    reason_text       text,
    justification     text not null,
    reviewed_at       timestamptz,
    reviewed_by       text,
    review_note       text,
    version           integer not null default 0,
    primary key (region_id, id),
    check ((reviewed_at is null) = (reviewed_by is null))
);
create index emergency_disclosures_pending on emergency_disclosures (region_id, at desc) where reviewed_at is null;

-- The access log learns the look-up's two actions -----------------------------------------------------------
alter table access_log drop constraint access_log_action_check;
alter table access_log add constraint access_log_action_check
    check (action in ('search', 'read', 'create', 'update', 'status', 'keychain', 'card', 'number-check', 'export',
                      'lookup', 'lookup-elsewhere'));

-- Row-level security ----------------------------------------------------------------------------------------
alter table responder_organisations enable row level security;
alter table responder_organisations force row level security;
create policy region_isolation on responder_organisations
    using (region_id = current_region()) with check (region_id = current_region());

alter table responder_members enable row level security;
alter table responder_members force row level security;
create policy region_isolation on responder_members
    using (region_id = current_region()) with check (region_id = current_region());

alter table lookup_notices enable row level security;
alter table lookup_notices force row level security;
create policy region_isolation on lookup_notices
    using (region_id = current_region()) with check (region_id = current_region());

alter table emergency_disclosures enable row level security;
alter table emergency_disclosures force row level security;
create policy region_isolation on emergency_disclosures
    using (region_id = current_region()) with check (region_id = current_region());

-- Grants ----------------------------------------------------------------------------------------------------
grant select, insert, update, delete on responder_organisations to ${appRole};
grant select, insert, update, delete on responder_members to ${appRole};
grant select, insert on lookup_notices to ${appRole};
grant update (mail_status, mail_error, read_at, read_by) on lookup_notices to ${appRole};
grant select, insert on emergency_disclosures to ${appRole};
grant update (reviewed_at, reviewed_by, review_note, version) on emergency_disclosures to ${appRole};
grant usage on sequence responder_organisation_id_seq, lookup_notice_id_seq, emergency_disclosure_id_seq to ${appRole};
