package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Participation figures of a region: per seminar, per fiscal year, and the people who have stopped coming. */
@Singleton
class SeminarStatistics {
    static final int MAX_WEEKS = 104;
    private final RegionDatabase database;
    private final SeminarRepository seminars;
    private final Clock clock = Clock.system(SeminarTime.ZONE);

    SeminarStatistics(RegionDatabase database, SeminarRepository seminars) {
        this.database = database;
        this.seminars = seminars;
    }

    YearReport year(CurrentRegion region, int year, Locale locale) {
        if (year < FiscalYear.EARLIEST || year > FiscalYear.LATEST) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("fiscalYear", "validation.range", FiscalYear.EARLIEST, FiscalYear.LATEST);
            errors.throwIfAny();
        }
        FiscalYear fiscalYear = new FiscalYear(year);
        String held = """
                select s.id, m.id, m.title, m.kind, s.starts_at,
                       (select count(distinct o.role) from seminar_organisers o where o.region_id = m.region_id and o.seminar_id = m.id) >= ?
                from seminar_sessions s join seminars m on m.region_id = s.region_id and m.id = s.seminar_id
                where s.region_id = ? and s.cancelled_at is null and s.starts_at >= ? and s.starts_at < ? and s.starts_at <= now()
                order by s.starts_at""";
        String seats = """
                with firsts as (
                    select f.participant_id, min(fs.starts_at) as first_at from seminar_registrations f
                    join seminar_sessions fs on fs.region_id = f.region_id and fs.id = f.session_id
                    where f.region_id = ? and f.attended_at is not null group by f.participant_id)
                select r.session_id, r.participant_id, r.attended_at is not null, r.channel = 'walk-in', firsts.first_at
                from seminar_registrations r join seminar_sessions s on s.region_id = r.region_id and s.id = r.session_id
                left join firsts on firsts.participant_id = r.participant_id
                where r.region_id = ? and r.status = 'registered' and s.cancelled_at is null
                  and s.starts_at >= ? and s.starts_at < ? and s.starts_at <= now()""";
        return database.inRegion(region, c -> {
            List<YearTotals.HeldSession> sessions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(held)) {
                ps.setInt(1, RuleOfThree.REQUIRED_ROLES);
                ps.setString(2, region.code());
                bindYear(ps, 3, fiscalYear);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sessions.add(new YearTotals.HeldSession(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                SeminarTime.local(rs.getTimestamp(5)).toLocalDate(), rs.getBoolean(6)));
                    }
                }
            }
            List<YearTotals.Seat> taken = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(seats)) {
                ps.setString(1, region.code());
                ps.setString(2, region.code());
                bindYear(ps, 3, fiscalYear);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        var first = SeminarTime.local(rs.getTimestamp(5));
                        taken.add(new YearTotals.Seat(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4),
                                first == null ? null : first.toLocalDate()));
                    }
                }
            }
            return YearTotals.of(fiscalYear, fiscalYear.label(locale), sessions, taken);
        });
    }

    ParticipationReport participation(CurrentRegion region, long seminarId) {
        String perSession = """
                select s.id, s.starts_at, s.cancelled_at is not null, s.starts_at <= now() and s.cancelled_at is null, m.capacity,
                       count(r.id) filter (where r.status = 'registered'), count(r.id) filter (where r.status = 'waitlisted'),
                       count(r.id) filter (where r.status = 'cancelled'), count(r.id) filter (where r.attended_at is not null),
                       count(r.id) filter (where r.status = 'registered' and r.attended_at is null and s.ends_at < now()),
                       count(r.id) filter (where r.channel = 'walk-in' and r.attended_at is not null)
                from seminar_sessions s join seminars m on m.region_id = s.region_id and m.id = s.seminar_id
                left join seminar_registrations r on r.region_id = s.region_id and r.session_id = s.id
                where s.region_id = ? and s.seminar_id = ?
                group by s.region_id, s.id, m.capacity order by s.starts_at, s.id""";
        String people = """
                with attended as (
                    select r.participant_id, s.starts_at from seminar_registrations r
                    join seminar_sessions s on s.region_id = r.region_id and s.id = r.session_id
                    where r.region_id = ? and s.seminar_id = ? and r.attended_at is not null)
                select count(distinct a.participant_id),
                       count(distinct a.participant_id) filter (where not exists (
                           select 1 from seminar_registrations e join seminar_sessions es on es.region_id = e.region_id and es.id = e.session_id
                           where e.region_id = ? and e.participant_id = a.participant_id and e.attended_at is not null
                             and es.seminar_id <> ? and es.starts_at < a.starts_at))
                from attended a""";
        return database.inRegion(region, c -> {
            SeminarRepository.SeminarRow seminar = seminars.find(c, region.code(), seminarId).orElseThrow(ProblemException::notFound);
            List<ParticipationReport.SessionLine> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(perSession)) {
                ps.setString(1, region.code());
                ps.setLong(2, seminarId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new ParticipationReport.SessionLine(rs.getLong(1), SeminarTime.local(rs.getTimestamp(2)), rs.getBoolean(3),
                                rs.getBoolean(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                                rs.getInt(11)));
                    }
                }
            }
            int unique;
            int firstTimers;
            try (PreparedStatement ps = c.prepareStatement(people)) {
                ps.setString(1, region.code());
                ps.setLong(2, seminarId);
                ps.setString(3, region.code());
                ps.setLong(4, seminarId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    unique = rs.getInt(1);
                    firstTimers = rs.getInt(2);
                }
            }
            return new ParticipationReport(seminarId, seminar.title(), lines,
                    lines.stream().mapToInt(ParticipationReport.SessionLine::attended).sum(), unique, firstTimers, unique - firstTimers,
                    lines.stream().mapToInt(ParticipationReport.SessionLine::noShows).sum(),
                    lines.stream().mapToInt(ParticipationReport.SessionLine::walkIns).sum());
        });
    }

    List<LapsedParticipant> lapsed(CurrentRegion region, int weeks, Locale locale) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("weeks", "validation.range", 1, MAX_WEEKS);
            errors.throwIfAny();
        }
        String sql = """
                with attended as (
                    select r.participant_id, s.starts_at, m.title,
                           row_number() over (partition by r.participant_id order by s.starts_at desc) as recent,
                           count(*) over (partition by r.participant_id) as times
                    from seminar_registrations r
                    join seminar_sessions s on s.region_id = r.region_id and s.id = r.session_id
                    join seminars m on m.region_id = s.region_id and m.id = s.seminar_id
                    where r.region_id = ? and r.attended_at is not null)
                select p.id, p.name, p.name_kana, p.phone, p.email, a.times, a.starts_at, a.title
                from attended a join seminar_participants p on p.region_id = ? and p.id = a.participant_id
                where a.recent = 1 and a.times >= 2 and a.starts_at < now() - make_interval(weeks => ?)
                  and not exists (select 1 from seminar_registrations u join seminar_sessions us on us.region_id = u.region_id and us.id = u.session_id
                                  where u.region_id = ? and u.participant_id = p.id and u.status in ('registered', 'waitlisted')
                                    and us.starts_at > now())
                order by a.starts_at desc, p.name_kana limit 500""";
        LocalDate today = LocalDate.now(clock);
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                ps.setString(2, region.code());
                ps.setInt(3, weeks);
                ps.setString(4, region.code());
                List<LapsedParticipant> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate last = SeminarTime.local(rs.getTimestamp(7)).toLocalDate();
                        list.add(new LapsedParticipant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getInt(6), last, rs.getString(8), (int) ChronoUnit.WEEKS.between(last, today)));
                    }
                }
                return list;
            }
        });
    }

    private static void bindYear(PreparedStatement ps, int first, FiscalYear year) throws SQLException {
        ps.setTimestamp(first, SeminarTime.timestamp(year.firstDay().atStartOfDay()));
        ps.setTimestamp(first + 1, SeminarTime.timestamp(year.next().firstDay().atStartOfDay()));
    }
}
