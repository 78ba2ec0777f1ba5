package jp.mimamo.noren.registrants;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a registrant's status history; the first is the registration itself (from null). */
@Serdeable
public record StatusChange(Instant at, String actor, String fromStatus, String toStatus, LocalDate effectiveOn,
                           String reason) {
}
