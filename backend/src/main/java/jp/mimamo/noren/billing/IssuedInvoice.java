package jp.mimamo.noren.billing;

import java.time.Instant;
import java.time.LocalDate;

/** An invoice as issued and stored: everything it prints, so a reprint is the same document. */
record IssuedInvoice(long sponsorId, int fiscalYear, String number, LocalDate issuedOn, String issuerName,
                     String registrationNumber, String paymentNote, String addressee, String contactName, String postalCode,
                     String address, int units, int unitFee, int amount, Long sealId, String issuedBy, Instant issuedAt) {

    InvoiceView view() {
        return new InvoiceView(sponsorId, fiscalYear, number, issuedOn, amount, issuedBy, issuedAt);
    }
}
