package jp.mimamo.noren.statistics;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** How head-office figures are shown: counts from 1 to {@code suppressBelow − 1} appear as "<suppressBelow". */
@ConfigurationProperties("noren.statistics")
record StatisticsSettings(@Bindable(defaultValue = "5") int suppressBelow) {
}
