package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One organisation running a seminar: a sponsor of the region ({@code sponsorId}) or a name in free text. */
@Serdeable
public record OrganiserForm(@Nullable Long sponsorId, @Nullable String name, @Nullable String role, @Nullable String part) {
}
