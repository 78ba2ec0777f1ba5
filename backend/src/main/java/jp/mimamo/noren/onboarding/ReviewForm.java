package jp.mimamo.noren.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Head office's note to the organiser when asking for changes or rejecting, and the version it read. */
@Serdeable
public record ReviewForm(@Nullable String message, @Nullable Integer version) {
}
