package jp.mimamo.noren.billing;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** An issued invoice: its number, date and amount. */
@Serdeable
public record InvoiceView(long sponsorId, int fiscalYear, String number, LocalDate issuedOn, int amount, String issuedBy,
                          Instant issuedAt) {
}
