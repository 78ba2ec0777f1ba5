package jp.mimamo.noren.rosterfiles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {
    @ParameterizedTest
    @CsvSource({"2024, 2024", "２０２４年度, 2024", "2024年, 2024", "FY2024, 2024", "fy 2024, 2024", "令和6年度, 2024",
            "令和元年度, 2019", "R6, 2024", "平成31年度, 2019", "平成30年度, 2018", "H1, 1989", "昭和64年度, 1989"})
    void readsFiscalYearsAsOfficesWriteThem(String text, int year) {
        assertThat(CellText.fiscalYear(text)).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"来年", "1988", "2201", "令和0年度", "24", "2024-04-01"})
    void refusesWhatIsNotAFiscalYearInRange(String text) {
        assertThat(CellText.fiscalYear(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10000|10000", "10,000|10000", "¥10,000|10000", "￥１０，０００|10000", "10,000円|10000",
            "-3|-3", " 7 |7"})
    void readsWholeNumbersWithSeparatorsAndYen(String text, long value) {
        assertThat(CellText.number(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "abc", "10,000ドル", "1e3"})
    void refusesWhatIsNotAWholeNumber(String text) {
        assertThat(CellText.number(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2024-04-01", "2024/4/1", "２０２４／４／１", "2024-4-1"})
    void readsIsoAndSlashedDates(String text) {
        assertThat(CellText.date(text)).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @ParameterizedTest
    @CsvSource({"継続, renewed", "renewed, renewed", "ＲＥＮＥＷＥＤ, renewed", "未回答, pending", "新規, new"})
    void readsStatusesByWordOrCode(String text, String code) {
        assertThat(CellText.code(text, CellText.STATUSES)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"振込, transfer", "口座振替, debit", "cash, cash"})
    void readsPaymentMethodsByWordOrCode(String text, String code) {
        assertThat(CellText.code(text, CellText.METHODS)).isEqualTo(code);
        assertThat(CellText.code("小切手", CellText.METHODS)).isNull();
    }
}
