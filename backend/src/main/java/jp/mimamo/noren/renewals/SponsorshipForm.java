package jp.mimamo.noren.renewals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An answer or a correction for one year; {@code reason} is required for decided or past years. */
@Serdeable
public record SponsorshipForm(@Nullable String status, @Nullable Integer units, @Nullable List<String> benefits,
                              @Nullable String notes, @Nullable String reason, @Nullable Integer version) {
}
