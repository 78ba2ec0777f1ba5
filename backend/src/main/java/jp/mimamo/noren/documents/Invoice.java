package jp.mimamo.noren.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 請求書 for one sponsor's yearly fee, one page of A4. With a registration number it carries what a qualified
 * invoice (適格請求書) must: issuer and number, date, what was supplied, the total per tax category and the tax, and
 * the addressee. A sponsorship fee is not a payment for goods or services, so its category is 不課税 (outside the
 * scope of consumption tax) and the tax is nil; the invoice says so.
 *
 * @param number      e.g. I2026-0001
 * @param issuedOn    the date of the invoice
 * @param fiscalYear  the year the fee is for, as people say it (令和8年度)
 * @param period      the first and last day of that year
 * @param units       口数
 * @param unitFee     yen per unit
 * @param amount      yen asked for; less than units × unitFee when the fee was prorated by months
 * @param paymentNote where and how to pay (振込先 …), or null
 * @param wording     the title and wording from the template library the invoice was issued with; null prints the
 *                    standard wording
 */
public record Invoice(String number, LocalDate issuedOn, Issuer issuer, Addressee addressee, String fiscalYear,
                      Period period, int units, long unitFee, long amount, String paymentNote, Wording wording) {
    public Invoice(String number, LocalDate issuedOn, Issuer issuer, Addressee addressee, String fiscalYear,
                   Period period, int units, long unitFee, long amount, String paymentNote) {
        this(number, issuedOn, issuer, addressee, fiscalYear, period, units, unitFee, amount, paymentNote, null);
    }

    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(period, "period");
        if (units < 0 || unitFee < 0 || amount < 0) {
            throw new IllegalArgumentException("units and amounts cannot be negative");
        }
        if (paymentNote != null && paymentNote.isBlank()) {
            paymentNote = null;
        }
    }

    /** Whether the fee was prorated (月割り), so that units × unit fee is not the amount. */
    boolean prorated() {
        return amount != units * unitFee;
    }

    /** The sponsor billed; without a contact person the invoice is addressed to the organisation (御中). */
    public record Addressee(String name, String contactName, String postalCode, String address) {
        public Addressee {
            Objects.requireNonNull(name, "name");
            contactName = blankToNull(contactName);
            postalCode = blankToNull(postalCode);
            address = blankToNull(address);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }

    /** The days the fee covers (取引の期間). */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
