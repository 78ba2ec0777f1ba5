package jp.mimamo.noren.seminars;

import jp.mimamo.noren.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearTotalsTest {
    private static final FiscalYear FY2026 = new FiscalYear(2026);

    @Test
    void countsSessionsAttendancesAndPeopleAsARegionReportsThem() {
        var gymnasticsApril = new YearTotals.HeldSession(1, 10, "体操", "series", LocalDate.of(2026, 4, 7), false);
        var gymnasticsMarch = new YearTotals.HeldSession(2, 10, "体操", "series", LocalDate.of(2027, 3, 30), false);
        var seminarMay = new YearTotals.HeldSession(3, 20, "地域づくりセミナー", "single", LocalDate.of(2026, 5, 10), true);
        List<YearTotals.Seat> seats = List.of(
                // Ms A came to both gymnastics sessions and the seminar; she first came in 2025.
                new YearTotals.Seat(1, 100, true, false, LocalDate.of(2025, 11, 1)),
                new YearTotals.Seat(2, 100, true, false, LocalDate.of(2025, 11, 1)),
                new YearTotals.Seat(3, 100, true, false, LocalDate.of(2025, 11, 1)),
                // Mr B first came this April, then did not come in March.
                new YearTotals.Seat(1, 200, true, false, LocalDate.of(2026, 4, 7)),
                new YearTotals.Seat(2, 200, false, false, LocalDate.of(2026, 4, 7)),
                // Ms C walked in to the seminar, her first time.
                new YearTotals.Seat(3, 300, true, true, LocalDate.of(2026, 5, 10)),
                // A seat in a session of another year is not counted.
                new YearTotals.Seat(99, 400, true, false, LocalDate.of(2026, 4, 1)));

        YearReport report = YearTotals.of(FY2026, "令和8年度", List.of(gymnasticsApril, seminarMay, gymnasticsMarch), seats);

        assertThat(report.sessionsHeld()).isEqualTo(3);
        assertThat(report.attendances()).isEqualTo(5);
        assertThat(report.uniqueParticipants()).isEqualTo(3);
        assertThat(report.firstTimers()).isEqualTo(2);
        assertThat(report.returning()).isEqualTo(1);
        assertThat(report.noShows()).isEqualTo(1);
        assertThat(report.walkIns()).isEqualTo(1);
        assertThat(report.seminars()).isEqualTo(2);
        assertThat(report.seminarsMeetingRuleOfThree()).isEqualTo(1);
        assertThat(report.sessionsMeetingRuleOfThree()).isEqualTo(1);
        assertThat(report.ruleOfThreePercent()).isEqualTo(50.0);
    }

    @Test
    void monthsRunFromAprilToMarch() {
        var april = new YearTotals.HeldSession(1, 10, "体操", "series", LocalDate.of(2026, 4, 7), false);
        var march = new YearTotals.HeldSession(2, 10, "体操", "series", LocalDate.of(2027, 3, 30), false);
        YearReport report = YearTotals.of(FY2026, "令和8年度", List.of(april, march),
                List.of(new YearTotals.Seat(2, 1, true, false, LocalDate.of(2027, 3, 30))));

        assertThat(report.months()).hasSize(12);
        assertThat(report.months().get(0)).isEqualTo(new YearReport.Month(2026, 4, 1, 0));
        assertThat(report.months().get(11)).isEqualTo(new YearReport.Month(2027, 3, 1, 1));
    }

    @Test
    void perSeminarLinesCountEachPersonOnce() {
        var first = new YearTotals.HeldSession(1, 10, "体操", "series", LocalDate.of(2026, 4, 7), false);
        var second = new YearTotals.HeldSession(2, 10, "体操", "series", LocalDate.of(2026, 4, 14), false);
        YearReport report = YearTotals.of(FY2026, "令和8年度", List.of(first, second), List.of(
                new YearTotals.Seat(1, 1, true, false, LocalDate.of(2026, 4, 7)),
                new YearTotals.Seat(2, 1, true, false, LocalDate.of(2026, 4, 7)),
                new YearTotals.Seat(2, 2, true, true, LocalDate.of(2026, 4, 14))));

        assertThat(report.bySeminar()).containsExactly(new YearReport.SeminarLine(10, "体操", "series", 2, 3, 2, 0, 1, false));
    }

    @Test
    void anEmptyYearHasNoShareRatherThanADivisionByZero() {
        YearReport report = YearTotals.of(FY2026, "令和8年度", List.of(), List.of());
        assertThat(report.sessionsHeld()).isZero();
        assertThat(report.ruleOfThreePercent()).isZero();
    }
}
