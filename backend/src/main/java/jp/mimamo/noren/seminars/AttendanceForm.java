package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A tick at the door ({@code attended} true) or its undoing (false). */
@Serdeable
public record AttendanceForm(@Nullable Boolean attended) {
}
