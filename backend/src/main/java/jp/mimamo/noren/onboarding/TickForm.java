package jp.mimamo.noren.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Ticks (or unticks) one manual item of the launch checklist. */
@Serdeable
public record TickForm(@Nullable Boolean done, @Nullable Integer version) {
}
