package jp.mimamo.noren.lookups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A responder organisation as the region admin enters it; {@code version} is the one they read (edits only). */
@Serdeable
public record OrganisationForm(@Nullable String name, @Nullable String kind, @Nullable String phone,
                               @Nullable Boolean approved, @Nullable Integer version) {
}
