package jp.mimamo.noren.renewals;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One sponsor's fiscal year; {@code fiscalYearLabel} is 令和8年度 or FY2026 in the caller's language. */
@Serdeable
public record SponsorshipView(long sponsorId, int fiscalYear, String fiscalYearLabel, String status, int units,
                              int unitFee, int fee, List<String> benefits, Instant answeredAt, LocalDate invoicedOn,
                              LocalDate paidOn, String paymentMethod, Integer paidAmount, String notes, int version) {
}
