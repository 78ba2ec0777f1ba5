package jp.mimamo.noren.billing;

import java.time.LocalDate;

/** A sponsor's year as invoices and receipts need it: the answer, the fee, the money, and whom to address. */
record BilledYear(long sponsorId, int fiscalYear, String status, int units, int unitFee, int fee, LocalDate invoicedOn,
                  LocalDate paidOn, String paymentMethod, Integer paidAmount, String sponsorName, String contactName,
                  String postalCode, String address) {

    /** 継続 and 新規 are the answers that pledge a fee. */
    boolean pledgesAFee() {
        return "renewed".equals(status) || "new".equals(status);
    }

    boolean paid() {
        return paidOn != null && paidAmount != null && paymentMethod != null;
    }
}
