package jp.mimamo.noren.registrants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A change of status: the new status, the day it took effect, why, and the version read. */
@Serdeable
public record StatusForm(@Nullable String status, @Nullable LocalDate effectiveOn, @Nullable String reason,
                         @Nullable Integer version) {
}
