package jp.mimamo.noren.seminars;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** SQL for seminars, their organisers and sessions. Every statement names the region; the connection is bound to it. */
@Singleton
class SeminarRepository {
    private static final Argument<List<String>> STRINGS = Argument.listOf(String.class);
    /** A session's columns with its seat counts; {@code s} is the session, {@code m} its seminar. */
    static final String SESSION_COLUMNS = """
            s.id, s.seminar_id, s.starts_at, s.ends_at, s.cancelled_at is not null, m.capacity,
            (select count(*) from seminar_registrations r where r.region_id = s.region_id and r.session_id = s.id and r.status = 'registered'),
            (select count(*) from seminar_registrations r where r.region_id = s.region_id and r.session_id = s.id and r.status = 'waitlisted'),
            (select count(*) from seminar_registrations r where r.region_id = s.region_id and r.session_id = s.id and r.attended_at is not null),
            s.version""";
    private final JsonMapper json;

    SeminarRepository(JsonMapper json) {
        this.json = json;
    }

    record SeminarRow(long id, String kind, String title, String description, Long venueId, String venueName, int capacity,
                      int fee, String audience, List<String> questions, int version) {
    }

    Optional<SeminarRow> find(Connection c, String region, long id) throws SQLException {
        String sql = """
                select m.id, m.kind, m.title, m.description, m.venue_id, v.name, m.capacity, m.fee, m.audience, m.questions::text, m.version
                from seminars m left join seminar_venues v on v.region_id = m.region_id and v.id = m.venue_id
                where m.region_id = ? and m.id = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long venue = rs.getLong(5);
                Long venueId = rs.wasNull() ? null : venue;
                return Optional.of(new SeminarRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), venueId,
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), strings(rs.getString(10)), rs.getInt(11)));
            }
        }
    }

    long insert(Connection c, String region, ValidSeminar seminar) throws SQLException {
        String sql = "insert into seminars (region_id, kind, title, description, venue_id, capacity, fee, audience, questions)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, seminar.kind());
            bindPlan(ps, 3, seminar);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** @return false when the version read is no longer current */
    boolean update(Connection c, String region, long id, ValidSeminar seminar, int version) throws SQLException {
        String sql = "update seminars set kind = ?, title = ?, description = ?, venue_id = ?, capacity = ?, fee = ?, audience = ?,"
                + " questions = ?::jsonb, version = version + 1, updated_at = now() where region_id = ? and id = ? and version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, seminar.kind());
            bindPlan(ps, 2, seminar);
            ps.setString(9, region);
            ps.setLong(10, id);
            ps.setInt(11, version);
            return ps.executeUpdate() == 1;
        }
    }

    private void bindPlan(PreparedStatement ps, int first, ValidSeminar seminar) throws SQLException {
        ps.setString(first, seminar.title());
        ps.setString(first + 1, seminar.description());
        if (seminar.venueId() == null) {
            ps.setNull(first + 2, Types.BIGINT);
        } else {
            ps.setLong(first + 2, seminar.venueId());
        }
        ps.setInt(first + 3, seminar.capacity());
        ps.setInt(first + 4, seminar.fee());
        ps.setString(first + 5, seminar.audience());
        ps.setString(first + 6, write(seminar.questions()));
    }

    void replaceOrganisers(Connection c, String region, long seminarId, List<ValidSeminar.Organiser> organisers) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from seminar_organisers where region_id = ? and seminar_id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, seminarId);
            ps.executeUpdate();
        }
        String sql = "insert into seminar_organisers (region_id, seminar_id, position, sponsor_id, name, role, part) values (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < organisers.size(); i++) {
                ValidSeminar.Organiser o = organisers.get(i);
                ps.setString(1, region);
                ps.setLong(2, seminarId);
                ps.setInt(3, i);
                if (o.sponsorId() == null) {
                    ps.setNull(4, Types.BIGINT);
                } else {
                    ps.setLong(4, o.sponsorId());
                }
                ps.setString(5, o.name());
                ps.setString(6, o.role().code);
                ps.setString(7, o.part());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<OrganiserView> organisers(Connection c, String region, long seminarId, Locale locale) throws SQLException {
        String sql = """
                select o.sponsor_id, coalesce(sp.name, o.name), o.role, o.part from seminar_organisers o
                left join sponsors sp on sp.region_id = o.region_id and sp.id = o.sponsor_id
                where o.region_id = ? and o.seminar_id = ? order by o.position""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, seminarId);
            List<OrganiserView> organisers = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long sponsor = rs.getLong(1);
                    Long sponsorId = rs.wasNull() ? null : sponsor;
                    OrganiserRole role = OrganiserRole.of(rs.getString(3)).orElseThrow();
                    organisers.add(new OrganiserView(sponsorId, rs.getString(2), role.code, role.label(locale), rs.getString(4)));
                }
            }
            return organisers;
        }
    }

    /** The sponsor ids among {@code ids} that are not sponsors of the region. */
    List<Long> unknownSponsors(Connection c, String region, List<Long> ids) throws SQLException {
        List<Long> unknown = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select 1 from sponsors where region_id = ? and id = ?")) {
            for (Long id : ids) {
                ps.setString(1, region);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        unknown.add(id);
                    }
                }
            }
        }
        return unknown;
    }

    boolean venueExists(Connection c, String region, long venueId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from seminar_venues where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, venueId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    long insertSession(Connection c, String region, long seminarId, ValidSeminar.Slot slot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into seminar_sessions (region_id, seminar_id, starts_at, ends_at)"
                + " values (?, ?, ?, ?) returning id")) {
            ps.setString(1, region);
            ps.setLong(2, seminarId);
            ps.setTimestamp(3, SeminarTime.timestamp(slot.startsAt()));
            ps.setTimestamp(4, SeminarTime.timestamp(slot.endsAt()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    List<SessionView> sessions(Connection c, String region, long seminarId) throws SQLException {
        String sql = "select " + SESSION_COLUMNS + " from seminar_sessions s join seminars m on m.region_id = s.region_id and m.id = s.seminar_id"
                + " where s.region_id = ? and s.seminar_id = ? order by s.starts_at, s.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, seminarId);
            List<SessionView> sessions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sessions.add(session(rs));
                }
            }
            return sessions;
        }
    }

    Optional<SessionView> session(Connection c, String region, long sessionId) throws SQLException {
        String sql = "select " + SESSION_COLUMNS + " from seminar_sessions s join seminars m on m.region_id = s.region_id and m.id = s.seminar_id"
                + " where s.region_id = ? and s.id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(session(rs)) : Optional.empty();
            }
        }
    }

    /** @return false when the version read is no longer current */
    boolean moveSession(Connection c, String region, long sessionId, ValidSeminar.Slot slot, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update seminar_sessions set starts_at = ?, ends_at = ?, version = version + 1"
                + " where region_id = ? and id = ? and version = ?")) {
            ps.setTimestamp(1, SeminarTime.timestamp(slot.startsAt()));
            ps.setTimestamp(2, SeminarTime.timestamp(slot.endsAt()));
            ps.setString(3, region);
            ps.setLong(4, sessionId);
            ps.setInt(5, version);
            return ps.executeUpdate() == 1;
        }
    }

    List<SeminarSummary> summaries(Connection c, String region, String searchKey) throws SQLException {
        String sql = """
                select m.id, m.kind, m.title, v.name, m.audience, m.capacity, m.fee,
                       count(s.id) filter (where s.cancelled_at is null), min(s.starts_at), max(s.starts_at),
                       min(s.starts_at) filter (where s.starts_at >= now() and s.cancelled_at is null),
                       (select count(distinct o.role) from seminar_organisers o where o.region_id = m.region_id and o.seminar_id = m.id),
                       (select count(*) from seminar_organisers o where o.region_id = m.region_id and o.seminar_id = m.id)
                from seminars m
                left join seminar_venues v on v.region_id = m.region_id and v.id = m.venue_id
                left join seminar_sessions s on s.region_id = m.region_id and s.seminar_id = m.id
                where m.region_id = ? and (? = '' or m.title ilike '%' || ? || '%')
                group by m.region_id, m.id, v.name
                order by coalesce(min(s.starts_at) filter (where s.starts_at >= now() and s.cancelled_at is null), max(s.starts_at)) desc nulls last
                limit 500""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, searchKey);
            ps.setString(3, searchKey);
            List<SeminarSummary> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new SeminarSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getInt(7), rs.getInt(8), SeminarTime.local(rs.getTimestamp(9)),
                            SeminarTime.local(rs.getTimestamp(10)), SeminarTime.local(rs.getTimestamp(11)),
                            rs.getInt(12) >= RuleOfThree.REQUIRED_ROLES, rs.getInt(13)));
                }
            }
            return list;
        }
    }

    List<CalendarEntry> calendar(Connection c, String region, LocalDate from, LocalDate to) throws SQLException {
        String sql = "select " + SESSION_COLUMNS + ", m.title, m.kind, v.name from seminar_sessions s"
                + " join seminars m on m.region_id = s.region_id and m.id = s.seminar_id"
                + " left join seminar_venues v on v.region_id = m.region_id and v.id = m.venue_id"
                + " where s.region_id = ? and s.starts_at >= ? and s.starts_at < ? order by s.starts_at, s.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setTimestamp(2, SeminarTime.timestamp(from.atStartOfDay()));
            ps.setTimestamp(3, SeminarTime.timestamp(to.plusDays(1).atStartOfDay()));
            List<CalendarEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SessionView s = session(rs);
                    entries.add(new CalendarEntry(s.id(), s.seminarId(), rs.getString(11), rs.getString(12), rs.getString(13),
                            s.startsAt(), s.endsAt(), s.cancelled(), s.capacity(), s.registered(), s.waitlisted()));
                }
            }
            return entries;
        }
    }

    static SessionView session(ResultSet rs) throws SQLException {
        return new SessionView(rs.getLong(1), rs.getLong(2), SeminarTime.local(rs.getTimestamp(3)), SeminarTime.local(rs.getTimestamp(4)),
                rs.getBoolean(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(STRINGS, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> strings(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
