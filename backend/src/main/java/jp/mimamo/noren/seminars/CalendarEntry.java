package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;

/** One session on the region's calendar. */
@Serdeable
public record CalendarEntry(long sessionId, long seminarId, String title, String kind, String venueName, LocalDateTime startsAt,
                            LocalDateTime endsAt, boolean cancelled, int capacity, int registered, int waitlisted) {
}
