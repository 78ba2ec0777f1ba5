package jp.mimamo.noren.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 領収書 for a yearly fee received, in the top half of an A4 page: amount, 但し書き (協賛金として), the date and way
 * it was paid, the issuer with its seal. A reprint is the same receipt marked 再発行 with the day it was reprinted.
 *
 * @param number        e.g. R2026-0001
 * @param issuedOn      the date the receipt was first issued
 * @param addressee     the sponsor, as named when the receipt was issued
 * @param amount        yen received
 * @param fiscalYear    the year paid for, as people say it (令和8年度)
 * @param units         口数
 * @param paidOn        the day the money arrived
 * @param paymentMethod 振込, 現金 or 口座振替
 * @param reprintedOn   null for the original; the day of the reprint otherwise
 * @param wording       the title and wording from the template library the receipt was issued with; null prints the
 *                      standard wording
 */
public record Receipt(String number, LocalDate issuedOn, Issuer issuer, String addressee, long amount, String fiscalYear,
                      int units, LocalDate paidOn, String paymentMethod, LocalDate reprintedOn, Wording wording) {
    public Receipt(String number, LocalDate issuedOn, Issuer issuer, String addressee, long amount, String fiscalYear,
                   int units, LocalDate paidOn, String paymentMethod, LocalDate reprintedOn) {
        this(number, issuedOn, issuer, addressee, amount, fiscalYear, units, paidOn, paymentMethod, reprintedOn, null);
    }

    public Receipt {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        if (amount < 0 || units < 0) {
            throw new IllegalArgumentException("amount and units cannot be negative");
        }
    }

    boolean reprint() {
        return reprintedOn != null;
    }
}
