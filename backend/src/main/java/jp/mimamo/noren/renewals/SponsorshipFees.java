package jp.mimamo.noren.renewals;

import jp.mimamo.noren.shared.FiscalYear;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The renewal fee rule ({@link RenewalPolicy#fee}) with one region's settings, for the roster import, which writes
 * sponsorship years in bulk and must charge them as a renewal would.
 */
public final class SponsorshipFees {
    private final int unitFee;
    private final Proration proration;

    private SponsorshipFees(int unitFee, Proration proration) {
        this.unitFee = unitFee;
        this.proration = proration;
    }

    /** The region's settings, read in the caller's region transaction. */
    public static SponsorshipFees of(Connection c, String region) throws SQLException {
        RenewalSettings settings = RenewalSettingsStore.read(c, region);
        return new SponsorshipFees(settings.unitFee(), settings.prorationRule());
    }

    /** The fee of one unit that a new year starts with. */
    public int unitFee() {
        return unitFee;
    }

    /** Whether {@code code} is a sponsorship status (pending, renewed, declined, new). */
    public static boolean isStatus(String code) {
        return SponsorshipStatus.of(code).isPresent();
    }

    /** Whether {@code code} is a payment method (transfer, cash, debit). */
    public static boolean isPaymentMethod(String code) {
        return PaymentMethod.of(code).isPresent();
    }

    /** The fee of a year with these units at this unit fee; {@code status} must be a status code. */
    public int fee(int units, int unitFee, int fiscalYear, String status, LocalDate joinedOn) {
        Optional<SponsorshipStatus> known = SponsorshipStatus.of(status);
        return RenewalPolicy.fee(units, unitFee, proration, new FiscalYear(fiscalYear), known.orElseThrow(), joinedOn);
    }
}
