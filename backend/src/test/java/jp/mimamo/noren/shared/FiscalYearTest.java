package jp.mimamo.noren.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    @ParameterizedTest
    @CsvSource({"2026-04-01, 2026", "2027-03-31, 2026", "2026-03-31, 2025", "2019-05-01, 2019", "2020-01-15, 2019"})
    void aDateBelongsToTheFiscalYearThatStartedTheAprilBefore(LocalDate date, int startYear) {
        assertThat(FiscalYear.of(date)).isEqualTo(new FiscalYear(startYear));
    }

    @ParameterizedTest
    @CsvSource({"2019-04-30, 平成31年4月30日", "2019-05-01, 令和元年5月1日", "1989-01-08, 平成元年1月8日",
            "1989-01-07, 昭和64年1月7日", "2026-11-24, 令和8年11月24日", "2020-01-01, 令和2年1月1日"})
    void datesAreWrittenInTheEraInForceThatDay(LocalDate date, String japanese) {
        assertThat(JapaneseCalendar.date(date)).isEqualTo(japanese);
    }

    @ParameterizedTest
    @CsvSource({"2026, 令和8年度", "2019, 令和元年度", "2018, 平成30年度", "2020, 令和2年度", "1989, 平成元年度"})
    void fiscalYearsAreNamedAsOfficesWriteThem(int startYear, String label) {
        assertThat(new FiscalYear(startYear).label(Locale.JAPANESE)).isEqualTo(label);
        assertThat(new FiscalYear(startYear).label(Locale.ENGLISH)).isEqualTo("FY" + startYear);
    }

    @ParameterizedTest
    @CsvSource({"2026-04-01, 12", "2026-10-15, 6", "2027-03-01, 1"})
    void monthsRemainingCountTheJoiningMonthAndMarch(LocalDate joined, int months) {
        assertThat(FiscalYear.of(joined).monthsRemainingFrom(joined)).isEqualTo(months);
    }

    @Test
    void refusesYearsOutsideTheProductsRange() {
        assertThatThrownBy(() -> new FiscalYear(1988)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FiscalYear(2026).next().previous()).isEqualTo(new FiscalYear(2026));
    }
}
