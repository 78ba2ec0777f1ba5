package jp.mimamo.noren.tables;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvParserTest {

    @Test
    void splitsCellsAtCommasAndKeepsEmptyOnes() throws IOException {
        assertThat(cells("a,,b,\r\n,x\r\n")).containsExactly(List.of("a", "", "b", ""), List.of("", "x"));
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotes() throws IOException {
        assertThat(cells("\"東京都千代田区1-1, 2階\",\"彼は\"\"こんにちは\"\"と\",\"1行目\r\n2行目\nの続き\"\r\n"))
                .containsExactly(List.of("東京都千代田区1-1, 2階", "彼は\"こんにちは\"と", "1行目\r\n2行目\nの続き"));
    }

    @Test
    void acceptsCrLfLfAndCrLineEnds() throws IOException {
        assertThat(cells("a,b\r\nc,d\ne,f\rg,h")).containsExactly(
                List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
    }

    @Test
    void readsAQuotedEmptyCellAndAQuotedLastCell() throws IOException {
        assertThat(cells("\"\",\"x\"")).containsExactly(List.of("", "x"));
    }

    @Test
    void takesAQuoteInsideAnUnquotedCellLiterally() throws IOException {
        assertThat(cells("5\"3,a\"b\"")).containsExactly(List.of("5\"3", "a\"b\""));
    }

    @Test
    void numbersRowsByRecordNotByPhysicalLine() throws IOException {
        List<TableRow> rows = rows("名前,備考\r\nさくら,\"1行目\r\n2行目\"\r\nもみじ,\r\n");
        assertThat(rows).extracting(TableRow::number).containsExactly(1, 2, 3);
    }

    @Test
    void anEmptyLineIsABlankRowAndTheFinalLineBreakEndsTheFile() throws IOException {
        assertThat(cells("a\r\n\r\nb\r\n")).containsExactly(List.of("a"), List.of(""), List.of("b"));
        assertThat(cells("")).isEmpty();
    }

    @Test
    void refusesAnUnterminatedQuoteWithTheRowItOpenedIn() {
        TableException e = failure("名前,住所\r\nさくら,\"東京都\r\nもみじ,大阪府\r\n", TableLimits.DEFAULT);
        assertThat(e.row()).hasValue(2);
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("2行目: 引用符（\"）が閉じられていません。");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("Row 2: a quotation mark (\") is not closed.");
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        TableException e = failure("a,b\r\n\"さくら\"薬局,x\r\n", TableLimits.DEFAULT);
        assertThat(e.row()).hasValue(2);
        assertThat(e.detailKey()).isEqualTo("problem.table.strayQuote");
    }

    @Test
    void refusesACellLongerThanTheLimitAndSuspectsAnOpenQuote() {
        TableLimits limits = new TableLimits(1_000_000, 100, 10, 20);
        TableException e = failure("a,b\r\nx,\"" + "長".repeat(50), limits);
        assertThat(e.message(Locale.JAPANESE))
                .isEqualTo("2行目: 2列目の値が長すぎます（20 文字まで）。引用符（\"）が閉じられていない可能性があります。");
        assertThat(failure("a,b\r\nx," + "長".repeat(50), limits).detailKey()).isEqualTo("problem.table.cellTooLong");
    }

    @Test
    void refusesMoreColumnsThanTheLimit() {
        TableException e = failure("a,b,c,d\r\n", new TableLimits(1_000_000, 100, 3, 100));
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("1行目: 列が多すぎます。3 列までにしてください。");
    }

    private static List<List<String>> cells(String csv) throws IOException {
        return rows(csv).stream().map(TableRow::cells).toList();
    }

    private static List<TableRow> rows(String csv) throws IOException {
        return rows(csv, TableLimits.DEFAULT);
    }

    private static List<TableRow> rows(String csv, TableLimits limits) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (CsvParser parser = new CsvParser(new StringReader(csv), limits, () -> CsvEncoding.UTF_8)) {
            for (TableRow row = parser.next(); row != null; row = parser.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static TableException failure(String csv, TableLimits limits) {
        return catchThrowableOfType(() -> rows(csv, limits), TableException.class);
    }
}
