package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Staff call off a session (a typhoon, a lecturer taken ill) before it starts. Under the session's row lock the
 * session is marked cancelled and every registration holding a seat or waiting is cancelled with it; each of
 * those people is told, by email after the commit or by staff on the telephone.
 */
@Singleton
class SessionCancellations {
    private final RegionDatabase database;
    private final SeminarRepository seminars;
    private final Notices notices;
    private final Clock clock = Clock.system(SeminarTime.ZONE);

    SessionCancellations(RegionDatabase database, SeminarRepository seminars, Notices notices) {
        this.database = database;
        this.seminars = seminars;
        this.notices = notices;
    }

    SessionChange cancel(CurrentRegion region, long sessionId) {
        record Cancelled(SessionView session, List<Notices.Pending> pending) {
        }
        Cancelled cancelled = database.inRegion(region, c -> {
            Seats.LockedSession session = Seats.lock(c, region.code(), sessionId).orElseThrow(ProblemException::notFound);
            if (session.cancelled()) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.sessionCancelled");
            }
            if (session.started(SeminarTime.now(clock))) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.cancelSessionAfterStart");
            }
            List<Long> affected = Seminars.activeRegistrations(c, region.code(), sessionId);
            List<Notices.Pending> pending = notices.record(c, region.code(), affected, "session-cancelled");
            markCancelled(c, region.code(), sessionId);
            return new Cancelled(seminars.session(c, region.code(), sessionId).orElseThrow(), pending);
        });
        return new SessionChange(cancelled.session(), notices.deliver(region, cancelled.pending()));
    }

    private static void markCancelled(Connection c, String region, long sessionId) throws SQLException {
        try (PreparedStatement session = c.prepareStatement(
                "update seminar_sessions set cancelled_at = now(), version = version + 1 where region_id = ? and id = ?");
             PreparedStatement registrations = c.prepareStatement("update seminar_registrations set status = 'cancelled',"
                     + " cancelled_at = now(), waitlisted_at = null, version = version + 1"
                     + " where region_id = ? and session_id = ? and status in ('registered', 'waitlisted')")) {
            session.setString(1, region);
            session.setLong(2, sessionId);
            session.executeUpdate();
            registrations.setString(1, region);
            registrations.setLong(2, sessionId);
            registrations.executeUpdate();
        }
    }
}
