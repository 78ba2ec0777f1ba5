package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The code read from a participant's QR code, or typed from their ticket. */
@Serdeable
public record CheckInForm(@Nullable String code) {
}
