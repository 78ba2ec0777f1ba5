package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;

/** A session with its seats: {@code registered} holds seats (walk-ins included), {@code waitlisted} waits for one. */
@Serdeable
public record SessionView(long id, long seminarId, LocalDateTime startsAt, LocalDateTime endsAt, boolean cancelled,
                          int capacity, int registered, int waitlisted, int attended, int version) {
}
