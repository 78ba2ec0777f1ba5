package jp.mimamo.noren.sponsors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** What a person submits to create or edit a sponsor; {@code version} is the one they read (edits only). */
@Serdeable
public record SponsorForm(@Nullable String name, @Nullable String nameKana, @Nullable String categoryCode,
                          @Nullable String postalCode, @Nullable String address, @Nullable String phone,
                          @Nullable String email, @Nullable LocalDate joinedOn, @Nullable String notes,
                          @Nullable List<SponsorContact> contacts, @Nullable Integer version) {
}
