package jp.mimamo.noren.tables;

import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static jp.mimamo.noren.tables.TableFixtures.HARD_NAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class XlsxTablesTest {
    private static final List<TableColumn> COLUMNS = List.of(TableColumn.text("名前"), TableColumn.text("郵便番号"),
            TableColumn.text("電話番号"), TableColumn.date("入会日"), TableColumn.text("備考"));
    private static final List<List<String>> ROWS = List.of(
            List.of(HARD_NAMES, "012-3456", "090-1234-5678", "2024-04-01", ""),
            List.of("さくら薬局", "0123456", "00123", "", "複数行\n2行目"),
            List.of("=1+2", "'=x", "-5", "2024/4/1", "  前後の空白  "));

    @Test
    void anExportReimportsUnchangedKeepingLeadingZerosJapaneseAndDates() throws IOException {
        byte[] file = TableFixtures.xlsxExport(COLUMNS, ROWS);
        assertThat(TableFixtures.readAll(file, "協賛店.xlsx")).isEqualTo(TableFixtures.withHeader(COLUMNS, ROWS));
    }

    @Test
    void writesTextAsTextAndDatesAsRealDates() throws IOException {
        byte[] file = TableFixtures.xlsxExport(COLUMNS, ROWS);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("協賛店");
            assertThat(rows.get(2).getCell(2).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCell(3).asDate()).isEqualTo(LocalDateTime.of(2024, 4, 1, 0, 0));
            assertThat(rows.get(1).getCell(3).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(rows.get(3).getCell(3).getType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void theHeaderRowIsBoldFrozenAndColumnsAreSizedToTheirText() throws IOException {
        byte[] file = TableFixtures.xlsxExport(COLUMNS, ROWS);
        String sheet = part(file, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("state=\"frozen\"").contains("<autoFilter ref=\"A1:E4\">");
        assertThat(sheet).contains("<col min=\"1\" max=\"1\" width=\"" + (XlsxRowWriter.displayWidth(HARD_NAMES) + 2) + ".0\"");
        assertThat(part(file, "xl/styles.xml")).contains("<b/>").contains("formatCode=\"@\"");
        assertThat(sheet).contains("<c r=\"C3\" s=\"2\" t=\"inlineStr\"><is><t>00123</t></is></c>");
    }

    @Test
    void readsNumbersDatesAndBooleansAsPredictableText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", null)) {
            Worksheet sheet = workbook.newWorksheet("data");
            sheet.value(0, 0, 42);
            sheet.value(0, 1, 3.5);
            sheet.value(0, 2, 0.1 + 0.2);
            sheet.value(0, 3, 1234567890123L);
            sheet.value(0, 4, true);
            sheet.value(1, 0, LocalDate.of(2024, 4, 1));
            sheet.style(1, 0).format("yyyy/m/d").set();
            sheet.value(1, 1, LocalDateTime.of(2024, 4, 1, 9, 30));
            sheet.style(1, 1).format("yyyy/m/d h:mm").set();
            sheet.value(1, 2, 0.5);
            sheet.style(1, 2).format("h:mm").set();
            sheet.value(1, 3, LocalDate.of(2019, 5, 1));
            sheet.style(1, 3).format("[$-ja-JP]ggge年m月d日").set();
            sheet.value(1, 4, new BigDecimal("0.5"));
            sheet.style(1, 4).format("0%").set();
        }
        assertThat(TableFixtures.readAll(out.toByteArray(), "numbers.xlsx")).containsExactly(
                List.of("42", "3.5", "0.3", "1234567890123", "TRUE"),
                List.of("2024-04-01", "2024-04-01 09:30:00", "12:00:00", "2019-05-01", "0.5"));
    }

    @Test
    void readsTheFirstVisibleSheetOrTheNamedOneWithSpreadsheetRowNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", null)) {
            Worksheet lists = workbook.newWorksheet("選択肢");
            lists.value(0, 0, "hidden");
            lists.setVisibilityState(VisibilityState.HIDDEN);
            Worksheet roster = workbook.newWorksheet("名簿");
            roster.value(0, 0, "名前");
            roster.value(4, 0, "さくら");
            Worksheet other = workbook.newWorksheet("メモ");
            other.value(0, 0, "memo");
        }
        try (TableReader reader = TableFixtures.open(out.toByteArray(), "book.xlsx", Optional.empty())) {
            assertThat(reader.header().names()).containsExactly("名前");
            assertThat(reader.rows().toList()).containsExactly(new TableRow(5, List.of("さくら")));
        }
        assertThat(TableFixtures.readAll(out.toByteArray(), "book.xlsx", ReadOptions.DEFAULT.withSheet("メモ")))
                .containsExactly(List.of("memo"));
        TableException missing = catchThrowableOfType(() -> TableFixtures.readAll(out.toByteArray(), "book.xlsx",
                ReadOptions.DEFAULT.withSheet("会員")), TableException.class);
        assertThat(missing.message(Locale.JAPANESE)).isEqualTo("シート「会員」が見つかりません。");
    }

    @Test
    void refusesAnOldOrPasswordProtectedWorkbookWithAdvice() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        TableException e = catchThrowableOfType(() -> TableFixtures.readAll(ole2, "名簿.xlsx"), TableException.class);
        assertThat(e.detailKey()).isEqualTo("problem.table.oldExcel");
    }

    @Test
    void refusesABrokenWorkbook() throws IOException {
        byte[] notAWorkbook = zip("hello.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(catchThrowableOfType(() -> TableFixtures.readAll(notAWorkbook, "a.xlsx"), TableException.class).detailKey())
                .isEqualTo("problem.table.brokenXlsx");
        byte[] truncated = Arrays.copyOf(TableFixtures.xlsxExport(COLUMNS, ROWS), 200);
        assertThat(catchThrowableOfType(() -> TableFixtures.readAll(truncated, "a.xlsx"), TableException.class).detailKey())
                .isEqualTo("problem.table.brokenXlsx");
        assertThat(catchThrowableOfType(() -> TableFixtures.readAll(new byte[]{1, 2, 3}, "a.xlsx"), TableException.class).detailKey())
                .isEqualTo("problem.table.brokenXlsx");
    }

    @Test
    void refusesAWorkbookThatUnpacksToFarMoreThanItsSize() throws IOException {
        byte[] bomb = zip("xl/sharedStrings.xml", "<si><t>a</t></si>".repeat(200_000).getBytes(StandardCharsets.UTF_8));
        TableLimits limits = TableLimits.DEFAULT.withMaxBytes(1024 * 1024);
        assertThat(bomb.length).isLessThan(100_000);
        TableException e = catchThrowableOfType(() -> TableFixtures.readAll(bomb, "a.xlsx", ReadOptions.DEFAULT.withLimits(limits)),
                TableException.class);
        assertThat(e.detailKey()).isEqualTo("problem.table.unpackedTooLarge");
    }

    @Test
    void refusesAWorkbookWithOneEnormousText() throws IOException {
        byte[] bomb = zip("xl/worksheets/sheet1.xml", ("<t>" + "a".repeat(400_000) + "</t>").getBytes(StandardCharsets.UTF_8));
        TableException e = catchThrowableOfType(() -> TableFixtures.readAll(bomb, "a.xlsx"), TableException.class);
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("Excel ファイルに長すぎるセルがあります。1つのセルは 32,767 文字までです。");
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String part(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("part-", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(file);
        }
    }
}
