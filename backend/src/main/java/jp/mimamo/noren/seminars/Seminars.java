package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Planning: seminars and course series, their organisers and sessions. Each use case is one transaction. */
@Singleton
class Seminars {
    private static final int MAX_CALENDAR_DAYS = 400;
    private final RegionDatabase database;
    private final SeminarRepository repository;
    private final Notices notices;
    private final Clock clock = Clock.system(SeminarTime.ZONE);

    Seminars(RegionDatabase database, SeminarRepository repository, Notices notices) {
        this.database = database;
        this.repository = repository;
        this.notices = notices;
    }

    List<SeminarSummary> list(CurrentRegion region, String query) {
        String key = JapaneseText.trimmed(query);
        return database.inRegion(region, c -> repository.summaries(c, region.code(), key == null ? "" : key));
    }

    List<CalendarEntry> calendar(CurrentRegion region, LocalDate from, LocalDate to, Locale locale) {
        LocalDate start = from == null ? LocalDate.now(clock).withDayOfMonth(1) : from;
        LocalDate end = to == null ? start.plusMonths(1).minusDays(1) : to;
        if (end.isBefore(start) || start.plusDays(MAX_CALENDAR_DAYS).isBefore(end)) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("to", "validation.date.range");
            errors.throwIfAny();
        }
        return database.inRegion(region, c -> repository.calendar(c, region.code(), start, end));
    }

    SeminarView get(CurrentRegion region, long id, Locale locale) {
        return database.inRegion(region, c -> view(c, region.code(), id, locale));
    }

    SeminarView create(CurrentRegion region, SeminarForm form, Locale locale) {
        ValidSeminar seminar = SeminarRules.validate(form, true, clock, locale);
        return database.inRegion(region, c -> {
            checkReferences(c, region.code(), seminar, locale);
            long id = repository.insert(c, region.code(), seminar);
            repository.replaceOrganisers(c, region.code(), id, seminar.organisers());
            for (ValidSeminar.Slot slot : seminar.sessions()) {
                repository.insertSession(c, region.code(), id, slot);
            }
            return view(c, region.code(), id, locale);
        });
    }

    /**
     * Changes the plan (not the sessions' times). When the capacity grows, people waiting move up into the new seats
     * of every session still to come, and are told.
     */
    SeminarView update(CurrentRegion region, long id, SeminarForm form, Locale locale) {
        ValidSeminar seminar = SeminarRules.validate(form, false, clock, locale);
        requireVersion(form.version(), locale);
        List<Notices.Pending> pending = database.inRegion(region, c -> {
            SeminarRepository.SeminarRow before = repository.find(c, region.code(), id).orElseThrow(ProblemException::notFound);
            if ("single".equals(seminar.kind()) && repository.sessions(c, region.code(), id).size() > 1) {
                FormErrors errors = new FormErrors(locale);
                errors.reject("kind", "validation.seminar.singleHasOneSession");
                errors.throwIfAny();
            }
            checkReferences(c, region.code(), seminar, locale);
            if (!repository.update(c, region.code(), id, seminar, form.version())) {
                throw ProblemException.staleVersion();
            }
            repository.replaceOrganisers(c, region.code(), id, seminar.organisers());
            List<Long> promoted = new ArrayList<>();
            if (seminar.capacity() > before.capacity()) {
                for (SessionView s : repository.sessions(c, region.code(), id)) {
                    if (!s.cancelled() && s.startsAt().isAfter(SeminarTime.now(clock))) {
                        Seats.LockedSession locked = Seats.lock(c, region.code(), s.id()).orElseThrow();
                        promoted.addAll(Seats.fillFreeSeats(c, region.code(), locked));
                    }
                }
            }
            return notices.record(c, region.code(), promoted, "promoted");
        });
        notices.deliver(region, pending);
        return get(region, id, locale);
    }

    SessionView addSession(CurrentRegion region, long seminarId, SessionForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        ValidSeminar.Slot slot = SeminarRules.slot(form, "", clock, errors);
        errors.throwIfAny();
        return database.inRegion(region, c -> {
            SeminarRepository.SeminarRow seminar = repository.find(c, region.code(), seminarId).orElseThrow(ProblemException::notFound);
            if ("single".equals(seminar.kind()) && !repository.sessions(c, region.code(), seminarId).isEmpty()) {
                FormErrors kind = new FormErrors(locale);
                kind.reject("startsAt", "validation.seminar.singleHasOneSession");
                kind.throwIfAny();
            }
            long id = repository.insertSession(c, region.code(), seminarId, slot);
            return repository.session(c, region.code(), id).orElseThrow();
        });
    }

    /** Moves a session to another time; everyone holding a seat or waiting for one is told. */
    SessionChange moveSession(CurrentRegion region, long sessionId, SessionForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        ValidSeminar.Slot slot = SeminarRules.slot(form, "", clock, errors);
        errors.throwIfAny();
        requireVersion(form.version(), locale);
        record Moved(SessionView session, List<Notices.Pending> pending) {
        }
        Moved moved = database.inRegion(region, c -> {
            SessionView before = repository.session(c, region.code(), sessionId).orElseThrow(ProblemException::notFound);
            if (before.cancelled()) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.sessionCancelled");
            }
            if (!repository.moveSession(c, region.code(), sessionId, slot, form.version())) {
                throw ProblemException.staleVersion();
            }
            boolean changed = !before.startsAt().equals(slot.startsAt()) || !before.endsAt().equals(slot.endsAt());
            List<Notices.Pending> pending = changed
                    ? notices.record(c, region.code(), activeRegistrations(c, region.code(), sessionId), "moved") : List.of();
            return new Moved(repository.session(c, region.code(), sessionId).orElseThrow(), pending);
        });
        return new SessionChange(moved.session(), notices.deliver(region, moved.pending()));
    }

    static List<Long> activeRegistrations(Connection c, String region, long sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from seminar_registrations where region_id = ? and session_id = ?"
                + " and status in ('registered', 'waitlisted') order by id")) {
            ps.setString(1, region);
            ps.setLong(2, sessionId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private void checkReferences(Connection c, String region, ValidSeminar seminar, Locale locale) throws SQLException {
        FormErrors errors = new FormErrors(locale);
        if (seminar.venueId() != null && !repository.venueExists(c, region, seminar.venueId())) {
            errors.reject("venueId", "validation.seminar.venueUnknown");
        }
        List<Long> sponsorIds = seminar.organisers().stream().map(ValidSeminar.Organiser::sponsorId).filter(s -> s != null).toList();
        List<Long> unknown = repository.unknownSponsors(c, region, sponsorIds);
        for (int i = 0; i < seminar.organisers().size(); i++) {
            if (unknown.contains(seminar.organisers().get(i).sponsorId())) {
                errors.reject("organisers[" + i + "].sponsorId", "validation.seminar.sponsorUnknown");
            }
        }
        errors.throwIfAny();
    }

    private SeminarView view(Connection c, String region, long id, Locale locale) throws SQLException {
        SeminarRepository.SeminarRow row = repository.find(c, region, id).orElseThrow(ProblemException::notFound);
        List<OrganiserView> organisers = repository.organisers(c, region, id, locale);
        RuleOfThree rule = RuleOfThree.of(organisers.stream().map(o -> OrganiserRole.of(o.role()).orElseThrow()).toList());
        return new SeminarView(row.id(), row.kind(), row.title(), row.description(), row.venueId(), row.venueName(), row.capacity(),
                row.fee(), row.audience(), row.questions(), organisers, RuleOfThreeView.of(rule),
                repository.sessions(c, region, id), row.version());
    }

    private static void requireVersion(Integer version, Locale locale) {
        if (version == null) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("version", "validation.required");
            errors.throwIfAny();
        }
    }
}
