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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads registrations with their participant, as the registration list and the door show them. */
@Singleton
class RegistrationRepository {
    private static final Argument<Map<String, String>> ANSWERS = Argument.mapOf(String.class, String.class);
    private static final String SELECT = """
            select r.id, r.session_id, s.starts_at, p.id, p.name, p.name_kana, p.phone, p.email, r.channel,
                   case when r.status = 'registered' and r.attended_at is not null then 'attended'
                        when r.status = 'registered' and s.ends_at < now() then 'no-show'
                        else r.status end,
                   case when r.status = 'waitlisted' then (select count(*) from seminar_registrations w
                        where w.region_id = r.region_id and w.session_id = r.session_id and w.status = 'waitlisted'
                          and (w.waitlisted_at, w.id) <= (r.waitlisted_at, r.id)) end,
                   r.answers::text, r.attended_at, r.created_at, p.check_in_code, r.version
            from seminar_registrations r
            join seminar_participants p on p.region_id = r.region_id and p.id = r.participant_id
            join seminar_sessions s on s.region_id = r.region_id and s.id = r.session_id
            """;
    private final JsonMapper json;

    RegistrationRepository(JsonMapper json) {
        this.json = json;
    }

    /** Seats first (by reading), then the waitlist in order, then the cancelled. */
    List<RegistrationView> ofSession(Connection c, String region, long sessionId) throws SQLException {
        String sql = SELECT + " where r.region_id = ? and r.session_id = ?"
                + " order by case r.status when 'registered' then 0 when 'waitlisted' then 1 else 2 end, r.waitlisted_at, p.name_kana, r.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sessionId);
            return list(ps);
        }
    }

    Optional<RegistrationView> find(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " where r.region_id = ? and r.id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            List<RegistrationView> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    List<RegistrationView> find(Connection c, String region, List<Long> ids) throws SQLException {
        List<RegistrationView> found = new ArrayList<>();
        for (long id : ids) {
            find(c, region, id).ifPresent(found::add);
        }
        return found;
    }

    Optional<RegistrationView> ofParticipant(Connection c, String region, long sessionId, long participantId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " where r.region_id = ? and r.session_id = ? and r.participant_id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, sessionId);
            ps.setLong(3, participantId);
            List<RegistrationView> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** The session a registration belongs to, without locking anything. */
    Optional<Long> sessionOf(Connection c, String region, long registrationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select session_id from seminar_registrations where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, registrationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    boolean cancel(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update seminar_registrations set status = 'cancelled', cancelled_at = now(),"
                + " waitlisted_at = null, version = version + 1 where region_id = ? and id = ? and status <> 'cancelled'")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Ticks or unticks attendance; someone waiting or cancelled who turns up takes a seat. */
    void attend(Connection c, String region, long id, boolean attended) throws SQLException {
        String sql = attended
                ? "update seminar_registrations set status = 'registered', attended_at = coalesce(attended_at, now()), waitlisted_at = null,"
                + " cancelled_at = null, version = version + 1 where region_id = ? and id = ?"
                : "update seminar_registrations set attended_at = null, version = version + 1 where region_id = ? and id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    String write(Map<String, String> answers) {
        try {
            return json.writeValueAsString(ANSWERS, answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<RegistrationView> list(PreparedStatement ps) throws SQLException {
        List<RegistrationView> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long position = rs.getLong(11);
                Integer waitlistPosition = rs.wasNull() ? null : (int) position;
                list.add(new RegistrationView(rs.getLong(1), rs.getLong(2), SeminarTime.local(rs.getTimestamp(3)), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        waitlistPosition, read(rs.getString(12)), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)),
                        rs.getString(15), rs.getInt(16)));
            }
        }
        return list;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
