package jp.mimamo.noren.renewals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A sponsorships row as stored. */
record SponsorshipRow(long sponsorId, int fiscalYear, SponsorshipStatus status, int units, int unitFee, int fee,
                      List<String> benefits, Instant answeredAt, LocalDate invoicedOn, LocalDate paidOn,
                      String paymentMethod, Integer paidAmount, String notes, int version) {
}
