package jp.mimamo.noren.tables;

import jp.mimamo.noren.shared.ProblemType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TableReaderTest {

    @Test
    void matchesHeaderNamesWhateverTheWidthCaseOrSpaces() throws IOException {
        try (TableReader reader = csv("店名, ﾌﾘｶﾞﾅ ,ＴＥＬ,郵便　番号\r\n")) {
            Header header = reader.header();
            assertThat(header.indexOf("フリガナ")).hasValue(1);
            assertThat(header.indexOf(" ふりがな")).hasValue(1);
            assertThat(header.indexOf("tel")).hasValue(2);
            assertThat(header.indexOf("郵便番号")).hasValue(3);
            assertThat(header.indexOf("住所")).isEmpty();
            assertThat(header.names()).containsExactly("店名", " ﾌﾘｶﾞﾅ ", "ＴＥＬ", "郵便　番号");
        }
    }

    @Test
    void requireNamesEveryMissingColumnAtOnce() throws IOException {
        try (TableReader reader = csv("店名,フリガナ\r\n")) {
            Header header = reader.header();
            assertThat(header.require(List.of("フリガナ", "店名"))).isEqualTo(Map.of("フリガナ", 1, "店名", 0));
            TableException e = catchThrowableOfType(() -> header.require(List.of("店名", "住所", "電話番号")), TableException.class);
            assertThat(e.message(Locale.JAPANESE)).isEqualTo("必要な列がありません: 住所、電話番号");
        }
    }

    @Test
    void refusesTheSameHeadingTwice() throws IOException {
        try (TableReader reader = csv("\r\n店名,フリガナ,ﾌﾘｶﾞﾅ\r\n")) {
            TableException e = catchThrowableOfType(reader::header, TableException.class);
            assertThat(e.message(Locale.JAPANESE)).isEqualTo("2行目: 見出し「ﾌﾘｶﾞﾅ」が2回以上あります。");
        }
    }

    @Test
    void padsShortRowsAndRefusesFilledCellsBeyondTheHeader() throws IOException {
        try (TableReader reader = csv("a,b,c,,\r\n1\r\n1,2,3,,\r\n1,2,3,4\r\n")) {
            reader.header();
            assertThat(reader.next()).contains(new TableRow(2, List.of("1", "", "")));
            assertThat(reader.next()).contains(new TableRow(3, List.of("1", "2", "3")));
            TableException e = catchThrowableOfType(reader::next, TableException.class);
            assertThat(e.message(Locale.JAPANESE)).isEqualTo("4行目: 列の数が見出しと合いません（見出し 3 列、この行 4 列）。");
        }
    }

    @Test
    void exactColumnsRefusesARowOfAnotherWidth() throws IOException {
        try (TableReader reader = csv("a,b,c\r\n1,2,3\r\n1,2\r\n")) {
            reader.header(ColumnCheck.EXACT);
            assertThat(reader.next()).isPresent();
            assertThat(catchThrowableOfType(reader::next, TableException.class).row()).hasValue(3);
        }
    }

    @Test
    void skipsBlankRowsAndKeepsTheNumbersOfTheOthers() throws IOException {
        try (TableReader reader = csv("\r\n名前\r\n,\r\n  \r\nさくら\r\n\r\n\r\n")) {
            assertThat(reader.header().names()).containsExactly("名前");
            assertThat(reader.rows().toList()).containsExactly(new TableRow(5, List.of("さくら")));
        }
    }

    @Test
    void theHeaderMustComeFirst() throws IOException {
        try (TableReader reader = csv("a\r\n1\r\n")) {
            reader.next();
            assertThatThrownBy(reader::header).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        try (TableReader reader = csv("\r\n\r\n")) {
            assertThat(catchThrowableOfType(reader::header, TableException.class).message(Locale.JAPANESE))
                    .isEqualTo("ファイルにデータがありません。1行目に見出しを入れてください。");
        }
    }

    @Test
    void stopsATooLargeFileAtTheLimitWithoutReadingTheRest() {
        EndlessCsv upload = new EndlessCsv();
        ReadOptions options = ReadOptions.DEFAULT.withLimits(TableLimits.DEFAULT.withMaxBytes(1024 * 1024));
        TableException e = catchThrowableOfType(() -> {
            try (TableReader reader = TableReader.open(upload, "巨大.csv", options)) {
                reader.header();
                reader.rows().forEach(row -> { });
            }
        }, TableException.class);
        assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("ファイルが大きすぎます。1MB 以下のファイルにしてください。");
        assertThat(upload.served).isLessThan(1024 * 1024 + 128 * 1024);
        assertThat(upload.closed).isTrue();
    }

    @Test
    void refusesMoreRowsThanTheLimit() throws IOException {
        ReadOptions options = ReadOptions.DEFAULT.withLimits(TableLimits.DEFAULT.withMaxRows(2));
        byte[] file = "名前\r\na\r\nb\r\nc\r\n".getBytes(StandardCharsets.UTF_8);
        try (TableReader reader = TableReader.open(new ByteArrayInputStream(file), "a.csv", options)) {
            reader.header();
            TableException e = catchThrowableOfType(() -> reader.rows().toList(), TableException.class);
            assertThat(e.message(Locale.JAPANESE)).isEqualTo("行が多すぎます。一度に読み込めるのは 2 行までです。ファイルを分けてください。");
        }
    }

    @Test
    void refusesAFileThatIsNeitherCsvNorXlsx() {
        TableException e = catchThrowableOfType(() -> TableFixtures.readAll("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "名簿.pdf"),
                TableException.class);
        assertThat(e.type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("Choose a CSV (.csv) or Excel (.xlsx) file.");
    }

    @Test
    void readsAWorkbookByItsContentWhateverItsName() throws IOException {
        byte[] xlsx = TableFixtures.xlsxExport(List.of(TableColumn.text("名前")), List.of(List.of("さくら")));
        try (TableReader reader = TableReader.open(new ByteArrayInputStream(xlsx), "名簿.csv", Optional.empty())) {
            assertThat(reader.format()).isEqualTo(TableFormat.XLSX);
            assertThat(reader.encoding()).isEmpty();
            assertThat(reader.header().names()).containsExactly("名前");
        }
    }

    @Test
    void streamsTwoHundredThousandRowsOneAtATime() throws IOException {
        int rows = 200_000;
        try (TableReader reader = TableReader.open(new GeneratedCsv(rows), "大量.csv", Optional.empty())) {
            reader.header();
            long[] seen = {0, 0};
            reader.rows().forEach(row -> {
                seen[0]++;
                seen[1] = row.number();
            });
            assertThat(seen).containsExactly(rows, rows + 1);
        }
    }

    private static TableReader csv(String text) throws IOException {
        return TableReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "a.csv", Optional.empty());
    }

    /** A CSV upload that never ends, counting what it handed out. */
    private static final class EndlessCsv extends InputStream {
        private static final byte[] LINE = "さくら薬局,サクラヤッキョク,012-3456\r\n".getBytes(StandardCharsets.UTF_8);
        private long served;
        private boolean closed;

        @Override
        public int read() {
            return LINE[(int) (served++ % LINE.length)] & 0xFF;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A CSV of the given number of data rows, made as it is read. */
    private static final class GeneratedCsv extends InputStream {
        private final int rows;
        private int row;
        private byte[] line = "名前,フリガナ,郵便番号\r\n".getBytes(StandardCharsets.UTF_8);
        private int position;

        GeneratedCsv(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            if (position == line.length) {
                if (row == rows) {
                    return -1;
                }
                row++;
                line = ("髙橋商店" + row + ",タカハシショウテン,012-3456\r\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return line[position++] & 0xFF;
        }
    }
}
