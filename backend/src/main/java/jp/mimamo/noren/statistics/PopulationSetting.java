package jp.mimamo.noren.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** The region's residents aged 65 and over, and the day the figure is from; head office divides registrants by it. */
@Serdeable
public record PopulationSetting(@Nullable Integer agedSixtyFivePlus, @Nullable LocalDate asOf, @Nullable Integer version) {
}
