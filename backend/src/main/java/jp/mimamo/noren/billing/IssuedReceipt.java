package jp.mimamo.noren.billing;

import java.time.Instant;
import java.time.LocalDate;

/** A receipt as issued and stored: the payment and addressee of that day, whatever changes later. */
record IssuedReceipt(long sponsorId, int fiscalYear, String number, LocalDate issuedOn, String issuerName,
                     String registrationNumber, String addressee, int amount, LocalDate paidOn, String paymentMethod, int units,
                     Long sealId, String issuedBy, Instant issuedAt, int prints) {

    ReceiptView view() {
        return new ReceiptView(sponsorId, fiscalYear, number, issuedOn, amount, paidOn, paymentMethod, prints, issuedBy, issuedAt);
    }
}
