-- Self-service onboarding of a new region (のれん分け): the organiser's application, head office's review,
-- the resumable provisioning of the region, the first admin's invitation, and the new region's launch checklist.

-- Applications are not region-owned: the region does not exist yet, and head office reviews them all.
create table region_applications (
    id                   bigint generated always as identity primary key,
    -- NFKC + lowercase: the code the region will have.
    code                 text not null check (code ~ '^[a-z][a-z0-9-]{2,19}$'),
    region_name          text not null,
    municipality         text not null,
    organiser_name       text not null,
    organiser_email      text not null,
    organisation         text not null,
    -- [{"name": "…", "role": "medical"}, …]: three or more organisations with different roles.
    partners             jsonb not null,
    expected_centres     integer not null check (expected_centres between 0 and 999),
    message              text,
    status               text not null default 'unverified'
                         check (status in ('unverified', 'submitted', 'changes-requested', 'approved', 'rejected')),
    -- Single-use links: the nonce of the link last sent; cleared when used.
    verification_nonce   text,
    edit_nonce           text,
    review_message       text,
    reviewed_by          text,
    reviewed_at          timestamptz,
    submitted_at         timestamptz,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              integer not null default 0
);
-- Two live applications never share a code; an unverified one holds it only until its link expires (checked by the app).
create unique index region_applications_live_code on region_applications (code)
    where status in ('submitted', 'changes-requested', 'approved');
create index region_applications_by_status on region_applications (status, created_at);

-- Provisioning of an approved application, one row per step, so a failure is visible and the step can be retried.
create table region_provisioning_steps (
    application_id bigint not null references region_applications (id),
    step           text not null check (step in ('region', 'keychain-prefix', 'organization', 'invitation')),
    position       integer not null,
    state          text not null default 'pending' check (state in ('pending', 'done', 'failed')),
    error          text,
    attempts       integer not null default 0,
    updated_at     timestamptz not null default now(),
    primary key (application_id, step)
);

-- The organiser's invitation to become the region's first admin: single use.
create table region_admin_invitations (
    application_id   bigint primary key references region_applications (id),
    region_code      text not null references regions (code),
    email            text not null,
    nonce            text not null,
    sent_at          timestamptz,
    expires_at       timestamptz not null,
    accepted_at      timestamptz,
    keycloak_user_id text
);

grant select, insert, update on region_applications, region_provisioning_steps, region_admin_invitations to ${appRole};
-- Head office suspends and reactivates regions.
grant update (status) on regions to ${appRole};

-- Region-owned: the partner organisations the region launched with, and the manual ticks of its launch checklist.
create table launch_partners (
    region_id           text not null references regions (code),
    id                  bigint generated always as identity,
    name                text not null,
    role                text not null,
    agreement_signed_at timestamptz,
    version             integer not null default 0,
    primary key (region_id, id)
);

create table launch_checklist (
    region_id                  text not null references regions (code),
    consent_form_reviewed_at   timestamptz,
    consent_form_reviewed_by   text,
    version                    integer not null default 0,
    primary key (region_id)
);

grant select, insert, update on launch_partners, launch_checklist to ${appRole};

alter table launch_partners enable row level security;
alter table launch_partners force row level security;
create policy region_isolation on launch_partners
    using (region_id = current_region()) with check (region_id = current_region());

alter table launch_checklist enable row level security;
alter table launch_checklist force row level security;
create policy region_isolation on launch_checklist
    using (region_id = current_region()) with check (region_id = current_region());
