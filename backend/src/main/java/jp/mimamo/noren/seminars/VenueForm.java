package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A venue as staff enter it: the station, a community hall; {@code version} on edits. */
@Serdeable
public record VenueForm(@Nullable String name, @Nullable String address, @Nullable Integer capacity, @Nullable String notes,
                        @Nullable Boolean archived, @Nullable Integer version) {
}
