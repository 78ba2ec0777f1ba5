package jp.mimamo.noren.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One partner organisation of the new region and its role (medical, care, business, …). */
@Serdeable
public record PartnerForm(@Nullable String name, @Nullable String role) {
}
