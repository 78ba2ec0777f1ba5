-- Applications from the region's public calendar page, and sessions cancelled by staff.
-- A notice may now also confirm an online application ('confirmed': a seat; 'waitlisted': a place on the
-- waitlist) or tell someone that their session will not take place ('session-cancelled').
alter table seminar_notices drop constraint seminar_notices_kind_check;
alter table seminar_notices add constraint seminar_notices_kind_check
    check (kind in ('promoted', 'moved', 'confirmed', 'waitlisted', 'session-cancelled'));

-- The public calendar counts seats per upcoming session, and the year report counts per session and status.
create index seminar_registrations_by_session_status on seminar_registrations (region_id, session_id, status);
