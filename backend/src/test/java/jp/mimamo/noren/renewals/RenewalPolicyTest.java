package jp.mimamo.noren.renewals;

import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FieldError;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RenewalPolicyTest {
    private static final FiscalYear FY2026 = new FiscalYear(2026);

    @Test
    void theFeeIsUnitsTimesTheUnitFee() {
        assertThat(RenewalPolicy.fee(3, 10_000, Proration.MONTHLY, FY2026, SponsorshipStatus.RENEWED, LocalDate.of(2020, 4, 1)))
                .isEqualTo(30_000);
    }

    @Test
    void aNewcomerJoiningInOctoberPaysSixMonthsWhenTheRegionProratesMonthly() {
        LocalDate october = LocalDate.of(2026, 10, 20);
        assertThat(RenewalPolicy.fee(1, 10_000, Proration.MONTHLY, FY2026, SponsorshipStatus.NEW, october)).isEqualTo(5_000);
        assertThat(RenewalPolicy.fee(1, 10_000, Proration.NONE, FY2026, SponsorshipStatus.NEW, october)).isEqualTo(10_000);
    }

    @Test
    void prorationRoundsDownToTheYen() {
        assertThat(RenewalPolicy.fee(1, 10_000, Proration.MONTHLY, FY2026, SponsorshipStatus.NEW, LocalDate.of(2027, 3, 5)))
                .isEqualTo(833);
    }

    @Test
    void answeringAPendingYearNeedsNoReason() {
        assertThat(errors(SponsorshipStatus.PENDING, SponsorshipStatus.RENEWED, FY2026, false, null)).isEmpty();
    }

    @Test
    void changingADecidedYearNeedsAReason() {
        assertThat(errors(SponsorshipStatus.RENEWED, SponsorshipStatus.DECLINED, FY2026, false, null)).containsExactly("reason");
        assertThat(errors(SponsorshipStatus.RENEWED, SponsorshipStatus.DECLINED, FY2026, false, "先方の組織判断で撤回")).isEmpty();
    }

    @Test
    void changingOnlyTheUnitsOfADecidedYearNeedsAReasonToo() {
        assertThat(errors(SponsorshipStatus.RENEWED, SponsorshipStatus.RENEWED, FY2026, false, null)).containsExactly("reason");
    }

    @Test
    void sendingADecidedYearBackUnchangedNeedsNoReason() {
        FormErrors errors = new FormErrors(Locale.JAPANESE);
        RenewalPolicy.checkChange(SponsorshipStatus.RENEWED, SponsorshipStatus.RENEWED, false, FY2026, FY2026, false, null, errors);
        errors.throwIfAny();
    }

    @Test
    void anyChangeToAPastYearNeedsAReason() {
        assertThat(errors(SponsorshipStatus.PENDING, SponsorshipStatus.RENEWED, new FiscalYear(2024), false, null)).containsExactly("reason");
    }

    @Test
    void aSponsorWhoPledgedLastYearRenewsAndIsNotNew() {
        assertThat(errors(SponsorshipStatus.PENDING, SponsorshipStatus.NEW, FY2026, true, null)).containsExactly("status");
    }

    private static java.util.List<String> errors(SponsorshipStatus current, SponsorshipStatus wanted, FiscalYear year,
                                                 boolean pledgedLastYear, String reason) {
        FormErrors errors = new FormErrors(Locale.JAPANESE);
        RenewalPolicy.checkChange(current, wanted, true, year, FY2026, pledgedLastYear, reason, errors);
        ProblemException problem = catchThrowableOfType(ProblemException.class, errors::throwIfAny);
        return problem == null ? java.util.List.of() : problem.errors().stream().map(FieldError::field).toList();
    }
}
