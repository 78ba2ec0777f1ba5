package jp.mimamo.noren.centres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A centre as a region admin enters it; {@code version} is the one they read (edits only). */
@Serdeable
public record CentreForm(@Nullable String name, @Nullable String nameKana, @Nullable String postalCode,
                         @Nullable String address, @Nullable String phone, @Nullable String openingHours,
                         @Nullable String afterHoursContact, @Nullable String afterHoursPhone, @Nullable String email,
                         @Nullable Integer version) {
}
