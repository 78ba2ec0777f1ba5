package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;

/** When a session takes place, in Japan time ({@code 2026-05-10T14:00}); {@code version} when it is moved. */
@Serdeable
public record SessionForm(@Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable Integer version) {
}
