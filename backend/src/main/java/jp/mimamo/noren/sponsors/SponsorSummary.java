package jp.mimamo.noren.sponsors;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** A sponsor as one row of the roster. */
@Serdeable
public record SponsorSummary(long id, String name, String nameKana, String categoryCode, String phone,
                             String email, LocalDate joinedOn, boolean archived, int version,
                             Instant updatedAt) {
}
