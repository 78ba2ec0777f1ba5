package jp.mimamo.noren.seminars;

import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The capacity rule. Whoever takes, gives back or waits for a seat of a session first locks that session's row
 * ({@code select … for update}); counting the taken seats and writing the registration then happen under the lock,
 * so two applications for the last seat are decided one after the other, and never both get it. Several sessions
 * are locked in id order so that two applications for the same sessions cannot deadlock.
 */
final class Seats {
    private Seats() {
    }

    record LockedSession(long id, long seminarId, int capacity, LocalDateTime startsAt, LocalDateTime endsAt, boolean cancelled) {
        boolean started(LocalDateTime now) {
            return !startsAt.isAfter(now);
        }
    }

    static Optional<LockedSession> lock(Connection c, String region, long sessionId) throws SQLException {
        String sql = "select s.id, s.seminar_id, m.capacity, s.starts_at, s.ends_at, s.cancelled_at is not null"
                + " from seminar_sessions s join seminars m on m.region_id = s.region_id and m.id = s.seminar_id"
                + " where s.region_id = ? and s.id = ? for update of s";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new LockedSession(rs.getLong(1), rs.getLong(2), rs.getInt(3), SeminarTime.local(rs.getTimestamp(4)),
                        SeminarTime.local(rs.getTimestamp(5)), rs.getBoolean(6)))
                        : Optional.empty();
            }
        }
    }

    static int taken(Connection c, String region, long sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from seminar_registrations where region_id = ? and session_id = ? and status = 'registered'")) {
            ps.setString(1, region);
            ps.setLong(2, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Gives the participant a seat when one is free (or always, for someone at the door), otherwise a place on the
     * waitlist. The caller holds the session's lock. A participant already holding a seat or waiting is refused; one
     * who cancelled earlier applies again on the same row.
     *
     * @return the registration id
     */
    static long place(Connection c, String region, LockedSession session, long participantId, String channel, String answers,
                      String actor, boolean atTheDoor) throws SQLException {
        Optional<String> existing = existingStatus(c, region, session.id(), participantId);
        if (existing.isPresent() && !existing.get().equals("cancelled")) {
            throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.alreadyRegistered",
                    SeminarMail.when(new SeminarMail.About("", null, session.startsAt(), session.endsAt())));
        }
        boolean seat = atTheDoor || taken(c, region, session.id()) < session.capacity();
        String sql = existing.isPresent()
                ? "update seminar_registrations set channel = ?, status = ?, answers = ?::jsonb, waitlisted_at = ?, attended_at = ?,"
                + " cancelled_at = null, created_by = ?, created_at = now(), version = version + 1"
                + " where region_id = ? and session_id = ? and participant_id = ? returning id"
                : "insert into seminar_registrations (channel, status, answers, waitlisted_at, attended_at, created_by,"
                + " region_id, session_id, participant_id) values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) returning id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Timestamp now = new Timestamp(System.currentTimeMillis());
            ps.setString(1, channel);
            ps.setString(2, seat ? "registered" : "waitlisted");
            ps.setString(3, answers);
            ps.setTimestamp(4, seat ? null : now);
            ps.setTimestamp(5, atTheDoor ? now : null);
            ps.setString(6, actor);
            ps.setString(7, region);
            ps.setLong(8, session.id());
            ps.setLong(9, participantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Moves people up from the waitlist, first come first served, into the seats now free. The caller holds the lock. */
    static List<Long> fillFreeSeats(Connection c, String region, LockedSession session) throws SQLException {
        int free = session.capacity() - taken(c, region, session.id());
        List<Long> promoted = new ArrayList<>();
        if (free <= 0 || session.cancelled()) {
            return promoted;
        }
        String sql = """
                update seminar_registrations set status = 'registered', version = version + 1
                where region_id = ? and id in (
                    select id from seminar_registrations where region_id = ? and session_id = ? and status = 'waitlisted'
                    order by waitlisted_at, id limit ?)
                returning id""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, region);
            ps.setLong(3, session.id());
            ps.setInt(4, free);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    promoted.add(rs.getLong(1));
                }
            }
        }
        return promoted;
    }

    private static Optional<String> existingStatus(Connection c, String region, long sessionId, long participantId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select status from seminar_registrations where region_id = ? and session_id = ? and participant_id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, sessionId);
            ps.setLong(3, participantId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
