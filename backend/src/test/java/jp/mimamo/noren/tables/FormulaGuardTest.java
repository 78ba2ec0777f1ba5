package jp.mimamo.noren.tables;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTest {

    @Test
    void csvGuardsEveryValueExcelWouldRunAsAFormula() {
        assertThat(FormulaGuard.protect("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FormulaGuard.protect("+81-3-1234-5678")).isEqualTo("'+81-3-1234-5678");
        assertThat(FormulaGuard.protect("-5")).isEqualTo("'-5");
        assertThat(FormulaGuard.protect("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.protect("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaGuard.protect("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void csvLeavesOrdinaryValuesAlone() {
        for (String value : List.of("", "さくら薬局", "03-1234-5678", "012-3456", "1+1", "a=b", "'quoted", "'", "''")) {
            assertThat(FormulaGuard.protect(value)).isEqualTo(value);
        }
    }

    @Test
    void aValueThatAlreadyLooksGuardedGetsOneMoreApostrophe() {
        assertThat(FormulaGuard.protect("'=x")).isEqualTo("''=x");
        assertThat(FormulaGuard.escape("'=x")).isEqualTo("''=x");
        assertThat(FormulaGuard.escape("=x")).isEqualTo("=x");
    }

    @Test
    void importRemovesExactlyOneGuardApostrophe() {
        assertThat(FormulaGuard.unprotect("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(FormulaGuard.unprotect("''=x")).isEqualTo("'=x");
        assertThat(FormulaGuard.unprotect("'abc")).isEqualTo("'abc");
        assertThat(FormulaGuard.unprotect("=x")).isEqualTo("=x");
    }

    @Test
    void everyExportReimportsUnchangedWhicheverWayItTravels() {
        for (String value : allStrings("'=-a\t", 5)) {
            assertThat(FormulaGuard.unprotect(FormulaGuard.protect(value))).as("csv %s", value).isEqualTo(value);
            assertThat(FormulaGuard.unprotect(FormulaGuard.escape(value))).as("xlsx %s", value).isEqualTo(value);
        }
    }

    private static List<String> allStrings(String alphabet, int maxLength) {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int length = 1; length <= maxLength; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : alphabet.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            all.addAll(next);
            previous = next;
        }
        return all;
    }
}
