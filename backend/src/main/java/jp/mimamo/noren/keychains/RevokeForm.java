package jp.mimamo.noren.keychains;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Why a keychain is taken out of use ({@code lost}, {@code damaged}, {@code returned}, {@code other}), and
 * whether a new number is issued in its place in the same step.
 */
@Serdeable
public record RevokeForm(@Nullable String reason, @Nullable Boolean reissue) {
}
