package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * The public calendar and its application form. {@code formSecret} signs the form tokens (empty: a random key per
 * start, so tokens do not survive a restart and every instance must be given the same secret);
 * {@code benchmarkBaseline} serves a database-free copy of the calendar for load comparisons, and is off in production.
 */
@ConfigurationProperties("noren.public-page")
public record PublicPageSettings(Duration calendarTtl, int calendarDays, @Nullable String formSecret, Duration minFillTime,
                                 Duration formMaxAge, int applicationsPerAddress, int applicationsPerForm, Duration rateWindow,
                                 int maxBodyBytes, boolean benchmarkBaseline) {
}
