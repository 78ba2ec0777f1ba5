-- Head office's cross-region figures per region and fiscal year (年度, April–March, Asia/Tokyo). Triggers keep the
-- rollups in the same transaction as each change and run as the owner (SECURITY DEFINER). The stats role reads
-- two views and the population figures: no table that holds a region's records, and no person's key.
-- Definitions of every figure: docs/adr/0017-head-office-figures-per-region-and-fiscal-year.md.

create function fiscal_year_of(d date) returns integer
    language sql immutable
as $$ select extract(year from d - interval '3 months')::integer $$;

create function fiscal_year_of(t timestamptz) returns integer
    language sql stable
as $$ select fiscal_year_of((t at time zone 'Asia/Tokyo')::date) $$;

-- Counts kept as deltas: registrants who joined and left, emergency look-ups. Not readable by the app or stats role.
create table region_year_counts (
    region_id   text not null references regions (code),
    fiscal_year integer not null,
    figure      text not null,
    value       bigint not null default 0,
    primary key (region_id, fiscal_year, figure)
);

-- Registrants: a row counts as joined in the year of its consent, and as left in the year its status stopped being
-- active. Both follow from the row as it is, so an update subtracts the old row's share and adds the new one's.
create function registrants_count_inserted() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    insert into region_year_counts (region_id, fiscal_year, figure, value)
    select region_id, fiscal_year, figure, sum(delta) from (
        select region_id, fiscal_year_of(consented_on) as fiscal_year, 'registrants_joined' as figure, 1 as delta from new_rows
        union all
        select region_id, fiscal_year_of(status_since), 'registrants_left', 1 from new_rows where status <> 'active') changes
    group by 1, 2, 3
    on conflict (region_id, fiscal_year, figure) do update set value = region_year_counts.value + excluded.value;
    return null;
end
$$;

create function registrants_count_updated() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    insert into region_year_counts (region_id, fiscal_year, figure, value)
    select region_id, fiscal_year, figure, sum(delta) from (
        select region_id, fiscal_year_of(consented_on) as fiscal_year, 'registrants_joined' as figure, 1 as delta from new_rows
        union all
        select region_id, fiscal_year_of(status_since), 'registrants_left', 1 from new_rows where status <> 'active'
        union all
        select region_id, fiscal_year_of(consented_on), 'registrants_joined', -1 from old_rows
        union all
        select region_id, fiscal_year_of(status_since), 'registrants_left', -1 from old_rows where status <> 'active') changes
    group by 1, 2, 3 having sum(delta) <> 0
    on conflict (region_id, fiscal_year, figure) do update set value = region_year_counts.value + excluded.value;
    return null;
end
$$;

create function registrants_count_deleted() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    insert into region_year_counts (region_id, fiscal_year, figure, value)
    select region_id, fiscal_year, figure, -count(*) from (
        select region_id, fiscal_year_of(consented_on) as fiscal_year, 'registrants_joined' as figure from old_rows
        union all
        select region_id, fiscal_year_of(status_since), 'registrants_left' from old_rows where status <> 'active') changes
    group by 1, 2, 3
    on conflict (region_id, fiscal_year, figure) do update set value = region_year_counts.value + excluded.value;
    return null;
end
$$;

create trigger registrants_count_inserted after insert on registrants
    referencing new table as new_rows for each statement execute function registrants_count_inserted();
create trigger registrants_count_updated after update on registrants
    referencing old table as old_rows new table as new_rows for each statement execute function registrants_count_updated();
create trigger registrants_count_deleted after delete on registrants
    referencing old table as old_rows for each statement execute function registrants_count_deleted();

-- Emergency look-ups: every access_log row whose action is 'lookup', in the year it was written. The log is
-- append-only, so inserts are all there is to count.
create function access_log_count_lookups() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    insert into region_year_counts (region_id, fiscal_year, figure, value)
    select region_id, fiscal_year_of(at), 'emergency_lookups', count(*) from new_rows where action = 'lookup' group by 1, 2
    on conflict (region_id, fiscal_year, figure) do update set value = region_year_counts.value + excluded.value;
    return null;
end
$$;

create trigger access_log_count_lookups after insert on access_log
    referencing new table as new_rows for each statement execute function access_log_count_lookups();

-- Seminar sessions: one row per session that is not cancelled, with its year and whether its seminar meets the
-- rule of three (organisers covering three or more different roles). Their counts per year are kept in
-- region_year_counts ('sessions_scheduled', 'sessions_scheduled_rule_of_three'); whether a session of the current
-- year was held depends on the clock, so the view counts those rows against now() when it is read.
create table seminar_session_facts (
    region_id            text not null references regions (code),
    session_id           bigint not null,
    seminar_id           bigint not null,
    fiscal_year          integer not null,
    starts_at            timestamptz not null,
    meets_rule_of_three  boolean not null,
    primary key (region_id, session_id)
);
create index seminar_session_facts_by_year on seminar_session_facts (fiscal_year, region_id);
create index seminar_session_facts_by_seminar on seminar_session_facts (region_id, seminar_id);

-- Who attended in which year, as the participant's id and a count: the key that makes unique and returning
-- participants countable. No name, no contact; readable only by the owner, and by stats only as counts (view below).
create table seminar_attendance_facts (
    region_id      text not null references regions (code),
    participant_id bigint not null,
    fiscal_year    integer not null,
    attendances    integer not null,
    -- the participant attended in an earlier fiscal year too
    came_before    boolean not null,
    primary key (region_id, participant_id, fiscal_year)
);
create index seminar_attendance_facts_by_year on seminar_attendance_facts (fiscal_year, region_id);

create function seminar_rule_of_three_met(p_region text, p_seminar bigint) returns boolean
    language sql stable security definer set search_path = public
as $$
    select count(distinct role) >= 3 from seminar_organisers where region_id = p_region and seminar_id = p_seminar
$$;
revoke execute on function seminar_rule_of_three_met(text, bigint) from public;

-- Adds (sign 1) or takes away (sign -1) what the given sessions' facts contribute to the yearly counts.
create function seminar_sessions_count(p_region text, p_sessions bigint[], p_sign integer) returns void
    language sql security definer set search_path = public
as $$
    insert into region_year_counts (region_id, fiscal_year, figure, value)
    select c.region_id, c.fiscal_year, f.figure, p_sign * f.value from (
        select region_id, fiscal_year, count(*) as scheduled, count(*) filter (where meets_rule_of_three) as rule_of_three
        from seminar_session_facts where region_id = p_region and session_id = any (p_sessions)
        group by region_id, fiscal_year) c
    cross join lateral (values ('sessions_scheduled', c.scheduled), ('sessions_scheduled_rule_of_three', c.rule_of_three))
        as f (figure, value)
    on conflict (region_id, fiscal_year, figure) do update set value = region_year_counts.value + excluded.value
$$;
revoke execute on function seminar_sessions_count(text, bigint[], integer) from public;

create function seminar_sessions_refresh(p_region text, p_sessions bigint[]) returns void
    language plpgsql security definer set search_path = public
as $$
begin
    perform seminar_sessions_count(p_region, p_sessions, -1);
    delete from seminar_session_facts where region_id = p_region and session_id = any (p_sessions);
    insert into seminar_session_facts (region_id, session_id, seminar_id, fiscal_year, starts_at, meets_rule_of_three)
    select s.region_id, s.id, s.seminar_id, fiscal_year_of(s.starts_at), s.starts_at, seminar_rule_of_three_met(s.region_id, s.seminar_id)
    from seminar_sessions s where s.region_id = p_region and s.id = any (p_sessions) and s.cancelled_at is null;
    perform seminar_sessions_count(p_region, p_sessions, 1);
end
$$;
revoke execute on function seminar_sessions_refresh(text, bigint[]) from public;

-- Adds or takes away what the given participants' facts contribute: attendances, participants, returning ones.
create function seminar_attendance_count(p_region text, p_participants bigint[], p_sign integer) returns void
    language sql security definer set search_path = public
as $$
    insert into region_year_counts (region_id, fiscal_year, figure, value)
    select c.region_id, c.fiscal_year, f.figure, p_sign * f.value from (
        select region_id, fiscal_year, sum(attendances)::bigint as attendances, count(*) as participants,
               count(*) filter (where came_before) as returning_participants
        from seminar_attendance_facts where region_id = p_region and participant_id = any (p_participants)
        group by region_id, fiscal_year) c
    cross join lateral (values ('attendances', c.attendances), ('participants', c.participants),
                               ('returning_participants', c.returning_participants)) as f (figure, value)
    on conflict (region_id, fiscal_year, figure) do update set value = region_year_counts.value + excluded.value
$$;
revoke execute on function seminar_attendance_count(text, bigint[], integer) from public;

create function seminar_attendance_refresh(p_region text, p_participants bigint[]) returns void
    language plpgsql security definer set search_path = public
as $$
begin
    perform seminar_attendance_count(p_region, p_participants, -1);
    delete from seminar_attendance_facts where region_id = p_region and participant_id = any (p_participants);
    insert into seminar_attendance_facts (region_id, participant_id, fiscal_year, attendances, came_before)
    select region_id, participant_id, fiscal_year, attendances,
           fiscal_year > min(fiscal_year) over (partition by participant_id)
    from (select r.region_id, r.participant_id, fiscal_year_of(s.starts_at) as fiscal_year, count(*) as attendances
          from seminar_registrations r join seminar_sessions s on s.region_id = r.region_id and s.id = r.session_id
          where r.region_id = p_region and r.participant_id = any (p_participants) and r.attended_at is not null
            and s.cancelled_at is null
          group by 1, 2, 3) counted;
    perform seminar_attendance_count(p_region, p_participants, 1);
end
$$;
revoke execute on function seminar_attendance_refresh(text, bigint[]) from public;

-- A session moved or cancelled changes its own row and the years of everyone who attended it; an update that
-- keeps the time and the cancellation (a seat taken, a version bumped) changes neither.
create function seminar_sessions_facts_inserted() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    touched record;
begin
    for touched in select region_id, array_agg(id) as sessions from new_rows group by region_id loop
        perform seminar_sessions_refresh(touched.region_id, touched.sessions);
    end loop;
    return null;
end
$$;

create function seminar_sessions_facts_updated() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    touched record;
begin
    for touched in
        select n.region_id, array_agg(n.id) as sessions from new_rows n
        join old_rows o on o.region_id = n.region_id and o.id = n.id
        where o.starts_at is distinct from n.starts_at or o.cancelled_at is distinct from n.cancelled_at
           or o.seminar_id is distinct from n.seminar_id
        group by n.region_id
    loop
        perform seminar_sessions_refresh(touched.region_id, touched.sessions);
        perform seminar_attendance_refresh(touched.region_id, array(
            select distinct participant_id from seminar_registrations
            where region_id = touched.region_id and session_id = any (touched.sessions) and attended_at is not null));
    end loop;
    return null;
end
$$;

create function seminar_sessions_facts_deleted() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    touched record;
begin
    for touched in select region_id, array_agg(id) as sessions from old_rows group by region_id loop
        perform seminar_sessions_refresh(touched.region_id, touched.sessions);
    end loop;
    return null;
end
$$;

create trigger seminar_sessions_facts_inserted after insert on seminar_sessions
    referencing new table as new_rows for each statement execute function seminar_sessions_facts_inserted();
create trigger seminar_sessions_facts_updated after update on seminar_sessions
    referencing old table as old_rows new table as new_rows for each statement execute function seminar_sessions_facts_updated();
create trigger seminar_sessions_facts_deleted after delete on seminar_sessions
    referencing old table as old_rows for each statement execute function seminar_sessions_facts_deleted();

-- Organisers added, changed or removed: the rule of three of that seminar's sessions is decided again.
create function seminar_organisers_facts_inserted() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    touched record;
begin
    for touched in select f.region_id, array_agg(f.session_id) as sessions from seminar_session_facts f
                   where (f.region_id, f.seminar_id) in (select region_id, seminar_id from new_rows) group by f.region_id loop
        perform seminar_sessions_refresh(touched.region_id, touched.sessions);
    end loop;
    return null;
end
$$;

create function seminar_organisers_facts_changed() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    touched record;
begin
    for touched in select f.region_id, array_agg(f.session_id) as sessions from seminar_session_facts f
                   where (f.region_id, f.seminar_id) in (select region_id, seminar_id from old_rows) group by f.region_id loop
        perform seminar_sessions_refresh(touched.region_id, touched.sessions);
    end loop;
    return null;
end
$$;

create trigger seminar_organisers_facts_inserted after insert on seminar_organisers
    referencing new table as new_rows for each statement execute function seminar_organisers_facts_inserted();
create trigger seminar_organisers_facts_updated after update on seminar_organisers
    referencing new table as new_rows for each statement execute function seminar_organisers_facts_inserted();
create trigger seminar_organisers_facts_deleted after delete on seminar_organisers
    referencing old table as old_rows for each statement execute function seminar_organisers_facts_changed();

-- Registrations: a change to attendance (or a registration deleted) recounts each participant it touched.
create function seminar_registrations_facts_inserted() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    touched record;
begin
    for touched in select region_id, array_agg(distinct participant_id) as people from new_rows
                   where attended_at is not null group by region_id loop
        perform seminar_attendance_refresh(touched.region_id, touched.people);
    end loop;
    return null;
end
$$;

create function seminar_registrations_facts_updated() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    touched record;
begin
    for touched in
        select region_id, array_agg(distinct participant_id) as people from (
            select n.region_id, n.participant_id from new_rows n join old_rows o on o.region_id = n.region_id and o.id = n.id
            where (o.attended_at is null) <> (n.attended_at is null) or o.session_id <> n.session_id
               or o.participant_id <> n.participant_id
            union
            select o.region_id, o.participant_id from new_rows n join old_rows o on o.region_id = n.region_id and o.id = n.id
            where o.participant_id <> n.participant_id or (o.session_id <> n.session_id and o.attended_at is not null)) changed
        group by region_id
    loop
        perform seminar_attendance_refresh(touched.region_id, touched.people);
    end loop;
    return null;
end
$$;

create function seminar_registrations_facts_deleted() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    touched record;
begin
    for touched in select region_id, array_agg(distinct participant_id) as people from old_rows
                   where attended_at is not null group by region_id loop
        perform seminar_attendance_refresh(touched.region_id, touched.people);
    end loop;
    return null;
end
$$;

create trigger seminar_registrations_facts_inserted after insert on seminar_registrations
    referencing new table as new_rows for each statement execute function seminar_registrations_facts_inserted();
create trigger seminar_registrations_facts_updated after update on seminar_registrations
    referencing old table as old_rows new table as new_rows for each statement execute function seminar_registrations_facts_updated();
create trigger seminar_registrations_facts_deleted after delete on seminar_registrations
    referencing old table as old_rows for each statement execute function seminar_registrations_facts_deleted();

-- Population aged 65 and over, entered by each region (for registrants per 1,000). The region's own setting is
-- region-owned; a trigger copies the figure to region_population_figures, which the stats role reads.
create table region_statistics_settings (
    region_id    text primary key references regions (code),
    aged_65_plus integer check (aged_65_plus between 1 and 10000000),
    as_of        date,
    version      integer not null default 0,
    updated_by   text not null,
    updated_at   timestamptz not null default now()
);
alter table region_statistics_settings enable row level security;
alter table region_statistics_settings force row level security;
create policy region_isolation on region_statistics_settings
    using (region_id = current_region()) with check (region_id = current_region());
grant select, insert, update on region_statistics_settings to ${appRole};

create table region_population_figures (
    region_id    text primary key references regions (code),
    aged_65_plus integer,
    as_of        date
);

create function region_statistics_settings_copy() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    insert into region_population_figures (region_id, aged_65_plus, as_of) values (new.region_id, new.aged_65_plus, new.as_of)
    on conflict (region_id) do update set aged_65_plus = excluded.aged_65_plus, as_of = excluded.as_of;
    return null;
end
$$;
create trigger region_statistics_settings_copy after insert or update on region_statistics_settings
    for each row execute function region_statistics_settings_copy();

-- Which fiscal years head office has published to the regions (they then see the comparison with region names).
create table statistics_publications (
    fiscal_year  integer primary key check (fiscal_year between 1989 and 2200),
    published_by text not null,
    published_at timestamptz not null default now()
);
grant select, insert, delete on statistics_publications to ${appRole};

-- What the stats role reads: one row per region, fiscal year and raw figure. Adding a figure is one more branch
-- of this union (and one Metric constant in the statistics package). Sessions of past years were all held; those
-- of the current year (or later) count once they have started.
create view region_year_figures as
select region_id, fiscal_year, figure, value from region_year_counts where figure not in ('sessions_scheduled', 'sessions_scheduled_rule_of_three')
union all
select region_id, fiscal_year, f.figure, f.value from sponsorship_year_totals t
cross join lateral (values ('sponsorships_due', (t.sponsors - t.newcomers)::bigint),
                           ('sponsorships_renewed', t.renewed::bigint),
                           ('sponsorships_new', t.newcomers::bigint),
                           ('fees_pledged', t.fees_pledged),
                           ('fees_received', t.fees_received)) as f (figure, value)
union all
select region_id, fiscal_year,
       case figure when 'sessions_scheduled' then 'sessions_held' else 'sessions_rule_of_three' end, value
from region_year_counts
where figure in ('sessions_scheduled', 'sessions_scheduled_rule_of_three') and fiscal_year < fiscal_year_of(now())
union all
select region_id, fiscal_year, f.figure, f.value from (
    select region_id, fiscal_year, count(*) as held, count(*) filter (where meets_rule_of_three) as rule_of_three
    from seminar_session_facts where fiscal_year >= fiscal_year_of(now()) and starts_at <= now()
    group by region_id, fiscal_year) s
cross join lateral (values ('sessions_held', s.held), ('sessions_rule_of_three', s.rule_of_three)) as f (figure, value);

grant select on region_year_figures to ${statsRole};
grant select on region_population_figures to ${statsRole};
grant select on statistics_publications to ${statsRole};

-- Backfill from the rows that exist, region by region (row-level security holds the owner too).
do $$
declare
    r record;
begin
    for r in select code from regions loop
        perform set_config('app.region_id', r.code, true);
        insert into region_year_counts (region_id, fiscal_year, figure, value)
        select region_id, fiscal_year, figure, count(*) from (
            select region_id, fiscal_year_of(consented_on) as fiscal_year, 'registrants_joined' as figure
            from registrants where region_id = r.code
            union all
            select region_id, fiscal_year_of(status_since), 'registrants_left' from registrants
            where region_id = r.code and status <> 'active'
            union all
            select region_id, fiscal_year_of(at), 'emergency_lookups' from access_log
            where region_id = r.code and action = 'lookup') counted
        group by 1, 2, 3;
        perform seminar_sessions_refresh(r.code, array(select id from seminar_sessions where region_id = r.code));
        perform seminar_attendance_refresh(r.code, array(select distinct participant_id from seminar_registrations
                                                          where region_id = r.code and attended_at is not null));
        insert into region_population_figures (region_id, aged_65_plus, as_of)
        select region_id, aged_65_plus, as_of from region_statistics_settings where region_id = r.code;
    end loop;
    perform set_config('app.region_id', '', true);
end
$$;
