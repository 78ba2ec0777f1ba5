package jp.mimamo.noren.tables;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static jp.mimamo.noren.tables.TableFixtures.HARD_NAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvExportTest {
    private static final List<TableColumn> COLUMNS = List.of(TableColumn.text("名前"), TableColumn.text("郵便番号"),
            TableColumn.text("電話番号"), TableColumn.date("入会日"), TableColumn.text("備考"));
    private static final List<List<String>> ROWS = List.of(
            List.of(HARD_NAMES, "012-3456", "090-1234-5678", "2024-04-01", ""),
            List.of("さくら薬局, 本店", "0123456", "0312345678", "", "彼は\"こんにちは\"と\r\n2行目\n3行目"),
            List.of("=HYPERLINK(\"http://example.invalid\")", "+81", "-5", "@x", "\t=1+2"),
            List.of("'=既に印付き", "''=二重", "'普通の引用符", "'", ""));

    @Test
    void writesUtf8WithAByteOrderMarkAndCrLf() throws IOException {
        byte[] file = TableFixtures.csvExport(CsvEncoding.UTF_8, List.of(TableColumn.text("名前"), TableColumn.text("番号")),
                List.of(List.of("さくら", "007")));
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo("名前,番号\r\nさくら,007\r\n");
    }

    @Test
    void writesCp932WhenAskedWithNoByteOrderMark() throws IOException {
        byte[] file = TableFixtures.csvExport(CsvEncoding.WINDOWS_31J, List.of(TableColumn.text("名前")), List.of(List.of(HARD_NAMES)));
        assertThat(file).isEqualTo(("名前\r\n" + HARD_NAMES + "\r\n").getBytes(Charset.forName("windows-31j")));
    }

    @Test
    void quotesOnlyCellsThatNeedItAndGuardsFormulas() throws IOException {
        byte[] file = TableFixtures.csvExport(CsvEncoding.UTF_8, COLUMNS, ROWS.subList(1, 3));
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("名前,郵便番号,電話番号,入会日,備考\r\n"
                + "\"さくら薬局, 本店\",0123456,0312345678,,\"彼は\"\"こんにちは\"\"と\r\n2行目\n3行目\"\r\n"
                + "\"'=HYPERLINK(\"\"http://example.invalid\"\")\",'+81,'-5,'@x,'\t=1+2\r\n");
    }

    @ParameterizedTest
    @EnumSource(CsvEncoding.class)
    void anExportReimportsUnchanged(CsvEncoding encoding) throws IOException {
        byte[] file = TableFixtures.csvExport(encoding, COLUMNS, ROWS);
        assertThat(TableFixtures.readAll(file, "export.csv")).isEqualTo(TableFixtures.withHeader(COLUMNS, ROWS));
    }

    @Test
    void refusesACharacterCp932CannotHoldInsteadOfWritingAQuestionMark() {
        List<List<String>> rows = List.of(List.of("さくら"), List.of("𠮷野家"));
        TableException e = catchThrowableOfType(() -> TableFixtures.csvExport(CsvEncoding.WINDOWS_31J,
                List.of(TableColumn.text("名前")), rows), TableException.class);
        assertThat(e.row()).hasValue(3);
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("3行目: 「𠮷」は Shift_JIS(CP932) で書き出せません。UTF-8 で書き出してください。");
    }
}
