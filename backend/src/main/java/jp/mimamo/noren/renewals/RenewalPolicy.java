package jp.mimamo.noren.renewals;

import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FormErrors;

import java.time.LocalDate;

/**
 * The rules of the yearly renewal, in plain Java.
 * <ul>
 *   <li>The fee is units × the region's unit fee. A sponsor who joins mid-year (新規) pays for the months left,
 *   counting the joining month and March, when the region prorates monthly; yen are rounded down.</li>
 *   <li>A year that has been decided (anything but 未回答), or a past fiscal year, may still be corrected, but
 *   only with a reason, which the history keeps.</li>
 *   <li>新規 is for a sponsor without a pledged previous year; a sponsor who pledged last year renews (継続).</li>
 * </ul>
 */
final class RenewalPolicy {
    private RenewalPolicy() {
    }

    static int fee(int units, int unitFee, Proration proration, FiscalYear year, SponsorshipStatus status, LocalDate joinedOn) {
        long full = (long) units * unitFee;
        if (status == SponsorshipStatus.NEW && proration == Proration.MONTHLY && joinedOn != null && year.contains(joinedOn)) {
            return (int) (full * year.monthsRemainingFrom(joinedOn) / 12);
        }
        return (int) full;
    }

    /**
     * Rejects into {@code errors} what may not be done to a year as it stands.
     *
     * @param changes whether the request changes anything at all (answering a 未回答 year is not a correction)
     */
    static void checkChange(SponsorshipStatus current, SponsorshipStatus wanted, boolean changes, FiscalYear year,
                            FiscalYear today, boolean pledgedLastYear, String reason, FormErrors errors) {
        boolean decided = current != SponsorshipStatus.PENDING;
        boolean past = year.compareTo(today) < 0;
        if (changes && (decided || past) && (reason == null || reason.isBlank())) {
            errors.reject("reason", past ? "validation.renewal.reasonForPastYear" : "validation.renewal.reasonForDecidedYear");
        }
        if (wanted == SponsorshipStatus.NEW && pledgedLastYear) {
            errors.reject("status", "validation.renewal.newButPledgedLastYear");
        }
    }
}
