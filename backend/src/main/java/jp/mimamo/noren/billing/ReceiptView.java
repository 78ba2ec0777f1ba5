package jp.mimamo.noren.billing;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** An issued receipt; {@code prints} counts the PDFs made, so any print after the first is a 再発行. */
@Serdeable
public record ReceiptView(long sponsorId, int fiscalYear, String number, LocalDate issuedOn, int amount, LocalDate paidOn,
                          String paymentMethod, int prints, String issuedBy, Instant issuedAt) {
}
