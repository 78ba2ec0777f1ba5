-- Seminars and courses (地域づくりセミナー, 講座): venues, the plan of each seminar or course series with the
-- organisations that run it, its sessions, the residents who take part, their registrations and attendance.
-- Region-owned: the region column leads every key, and row-level security holds every table.
create sequence seminar_id_seq;

create table seminar_venues (
    region_id   text not null references regions (code),
    id          bigint not null default nextval('seminar_id_seq'),
    name        text not null,
    address     text,
    capacity    integer check (capacity between 1 and 10000),
    notes       text,
    archived_at timestamptz,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    primary key (region_id, id)
);

-- One seminar (kind 'single') or one course series (kind 'series'); each has one or more sessions.
create table seminars (
    region_id    text not null references regions (code),
    id           bigint not null default nextval('seminar_id_seq'),
    kind         text not null check (kind in ('single', 'series')),
    title        text not null,
    description  text,
    venue_id     bigint,
    capacity     integer not null check (capacity between 1 and 10000),
    fee          integer not null default 0 check (fee between 0 and 1000000),
    audience     text not null default 'open' check (audience in ('open', 'members', 'invited')),
    questions    jsonb not null default '[]',
    version      integer not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    primary key (region_id, id),
    foreign key (region_id, venue_id) references seminar_venues (region_id, id)
);

-- The organisations that run a seminar: a sponsor of the region, or one named in free text.
create table seminar_organisers (
    region_id  text not null,
    seminar_id bigint not null,
    position   integer not null,
    sponsor_id bigint,
    name       text,
    role       text not null check (role in ('medical', 'care', 'welfare', 'business', 'shopping-street',
                                             'government', 'residents', 'education', 'other')),
    part       text not null check (part in ('host', 'lecture', 'support')),
    primary key (region_id, seminar_id, position),
    foreign key (region_id, seminar_id) references seminars (region_id, id) on delete cascade,
    foreign key (region_id, sponsor_id) references sponsors (region_id, id),
    check (sponsor_id is not null or name is not null)
);
create index seminar_organisers_by_sponsor on seminar_organisers (region_id, sponsor_id) where sponsor_id is not null;

-- Each session is the row locked while a seat is taken, so two registrations never count the same free seat.
create table seminar_sessions (
    region_id    text not null,
    id           bigint not null default nextval('seminar_id_seq'),
    seminar_id   bigint not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    cancelled_at timestamptz,
    version      integer not null default 0,
    primary key (region_id, id),
    foreign key (region_id, seminar_id) references seminars (region_id, id),
    check (ends_at > starts_at)
);
create index seminar_sessions_by_time on seminar_sessions (region_id, starts_at);
create index seminar_sessions_by_seminar on seminar_sessions (region_id, seminar_id, starts_at);

-- Residents who take part. The check-in code is printed as a QR code on their ticket and read at the door.
create table seminar_participants (
    region_id     text not null references regions (code),
    id            bigint not null default nextval('seminar_id_seq'),
    name          text not null,
    name_kana     text not null,
    search_key    text not null,
    phone         text,
    email         text,
    check_in_code text not null,
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    primary key (region_id, id),
    unique (region_id, check_in_code)
);
create index seminar_participants_by_key on seminar_participants (region_id, search_key);

-- One registration per (session, participant). 'registered' holds a seat; 'waitlisted' waits in order of
-- waitlisted_at; attendance is attended_at. A no-show is a registered person whose session ended unattended.
create table seminar_registrations (
    region_id     text not null,
    id            bigint not null default nextval('seminar_id_seq'),
    session_id    bigint not null,
    participant_id bigint not null,
    channel       text not null check (channel in ('online', 'phone', 'paper', 'walk-in')),
    status        text not null check (status in ('registered', 'waitlisted', 'cancelled')),
    answers       jsonb not null default '{}',
    waitlisted_at timestamptz,
    attended_at   timestamptz,
    cancelled_at  timestamptz,
    created_by    text not null,
    created_at    timestamptz not null default now(),
    version       integer not null default 0,
    primary key (region_id, id),
    unique (region_id, session_id, participant_id),
    foreign key (region_id, session_id) references seminar_sessions (region_id, id),
    foreign key (region_id, participant_id) references seminar_participants (region_id, id),
    check (attended_at is null or status = 'registered')
);
create index seminar_registrations_by_participant on seminar_registrations (region_id, participant_id);

-- Every message a registrant was owed (moved to a seat from the waitlist, a session moved): sent by email,
-- failed, or left for staff to telephone.
create table seminar_notices (
    region_id       text not null,
    id              bigint not null default nextval('seminar_id_seq'),
    registration_id bigint not null,
    kind            text not null check (kind in ('promoted', 'moved')),
    status          text not null check (status in ('sending', 'sent', 'failed', 'to-call')),
    address         text,
    error           text,
    created_at      timestamptz not null default now(),
    primary key (region_id, id),
    foreign key (region_id, registration_id) references seminar_registrations (region_id, id)
);

alter table seminar_venues enable row level security;
alter table seminar_venues force row level security;
create policy region_isolation on seminar_venues
    using (region_id = current_region()) with check (region_id = current_region());

alter table seminars enable row level security;
alter table seminars force row level security;
create policy region_isolation on seminars
    using (region_id = current_region()) with check (region_id = current_region());

alter table seminar_organisers enable row level security;
alter table seminar_organisers force row level security;
create policy region_isolation on seminar_organisers
    using (region_id = current_region()) with check (region_id = current_region());

alter table seminar_sessions enable row level security;
alter table seminar_sessions force row level security;
create policy region_isolation on seminar_sessions
    using (region_id = current_region()) with check (region_id = current_region());

alter table seminar_participants enable row level security;
alter table seminar_participants force row level security;
create policy region_isolation on seminar_participants
    using (region_id = current_region()) with check (region_id = current_region());

alter table seminar_registrations enable row level security;
alter table seminar_registrations force row level security;
create policy region_isolation on seminar_registrations
    using (region_id = current_region()) with check (region_id = current_region());

alter table seminar_notices enable row level security;
alter table seminar_notices force row level security;
create policy region_isolation on seminar_notices
    using (region_id = current_region()) with check (region_id = current_region());

grant select, insert, update on seminar_venues, seminars, seminar_sessions, seminar_participants,
    seminar_registrations, seminar_notices to ${appRole};
grant select, insert, update, delete on seminar_organisers to ${appRole};
grant usage on sequence seminar_id_seq to ${appRole};

-- What a sponsor did in the region's seminars: for the renewals feature's activity report ("what do we get
-- from continuing?"), read through the database like every other cross-feature need. security_invoker makes
-- the view run as its reader, so row-level security applies to it as to the tables.
create view sponsor_seminar_activity with (security_invoker = true) as
select o.region_id, o.sponsor_id, o.part, o.role, s.id as seminar_id, s.title, ss.id as session_id, ss.starts_at,
       (select count(*) from seminar_registrations r
        where r.region_id = ss.region_id and r.session_id = ss.id and r.attended_at is not null) as attended
from seminar_organisers o
join seminars s on s.region_id = o.region_id and s.id = o.seminar_id
join seminar_sessions ss on ss.region_id = s.region_id and ss.seminar_id = s.id and ss.cancelled_at is null
where o.sponsor_id is not null;

grant select on sponsor_seminar_activity to ${appRole};
