package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Who took part in one seminar or course series: per session, and over all of them. {@code totalAttendances} counts
 * every attendance (延べ), {@code uniqueParticipants} each person once (実人数); a first-timer's first attendance in
 * the region was in this seminar, the others are returning.
 */
@Serdeable
public record ParticipationReport(long seminarId, String title, List<SessionLine> sessions, int totalAttendances, int uniqueParticipants,
                                  int firstTimers, int returning, int noShows, int walkIns) {

    @Serdeable
    public record SessionLine(long sessionId, LocalDateTime startsAt, boolean cancelled, boolean held, int capacity, int registered,
                              int waitlisted, int cancelledRegistrations, int attended, int noShows, int walkIns) {
    }
}
