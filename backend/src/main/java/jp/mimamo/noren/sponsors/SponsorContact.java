package jp.mimamo.noren.sponsors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A contact person at a sponsor (担当者). */
@Serdeable
public record SponsorContact(String name, @Nullable String nameKana, @Nullable String title,
                             @Nullable String phone, @Nullable String email) {
}
