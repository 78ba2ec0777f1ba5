package jp.mimamo.noren.tables;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static jp.mimamo.noren.tables.TableFixtures.HARD_NAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvEncodingDetectionTest {
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String TABLE = "名前,フリガナ\r\n" + HARD_NAMES + ",タカハシ\r\n";
    private static final List<List<String>> ROWS = List.of(List.of("名前", "フリガナ"), List.of(HARD_NAMES, "タカハシ"));

    @Test
    void readsUtf8WithoutAByteOrderMark() throws IOException {
        assertDetected(TABLE.getBytes(StandardCharsets.UTF_8), CsvEncoding.UTF_8);
    }

    @Test
    void readsUtf8WithTheByteOrderMarkExcelWritesAndDropsTheMark() throws IOException {
        assertDetected(TableFixtures.withByteOrderMark(TABLE.getBytes(StandardCharsets.UTF_8)), CsvEncoding.UTF_8);
    }

    @Test
    void readsCp932WithCharactersPlainShiftJisLacks() throws IOException {
        assertDetected(TABLE.getBytes(CP932), CsvEncoding.WINDOWS_31J);
    }

    @Test
    void triesUtf8FirstBecauseSomeUtf8AlsoDecodesAsCp932() throws IOException {
        byte[] file = "名前\r\n".getBytes(StandardCharsets.UTF_8);
        String asCp932 = CP932.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        assertThat(asCp932).isNotEqualTo("名前\r\n");
        assertThat(TableFixtures.readAll(file, "a.csv")).containsExactly(List.of("名前"));
    }

    @Test
    void plainShiftJisWouldLoseWhatCp932Keeps() throws CharacterCodingException {
        Charset shiftJis = Charset.forName("Shift_JIS");
        for (String character : List.of("髙", "﨑", "①", "㈱")) {
            assertThat(shiftJis.newEncoder().canEncode(character)).as(character).isFalse();
            assertThat(new String(character.getBytes(CP932), CP932)).isEqualTo(character);
        }
        byte[] circledOne = "①".getBytes(CP932);
        assertThat(circledOne).containsExactly(0x87, 0x40);
        assertThatThrownBy(() -> shiftJis.newDecoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(circledOne)))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void usesTheEncodingThePersonChose() throws IOException {
        try (TableReader reader = TableFixtures.open(TABLE.getBytes(CP932), "a.csv", Optional.of(CsvEncoding.WINDOWS_31J))) {
            assertThat(reader.rows().map(TableRow::cells).toList()).isEqualTo(ROWS);
            assertThat(reader.encoding()).contains(CsvEncoding.WINDOWS_31J);
        }
    }

    @Test
    void aByteOrderMarkMeansUtf8EvenWhenCp932WasChosen() throws IOException {
        byte[] file = TableFixtures.withByteOrderMark(TABLE.getBytes(StandardCharsets.UTF_8));
        try (TableReader reader = TableFixtures.open(file, "a.csv", Optional.of(CsvEncoding.WINDOWS_31J))) {
            assertThat(reader.rows().map(TableRow::cells).toList()).isEqualTo(ROWS);
        }
    }

    @Test
    void decidesAtTheFirstJapaneseCharacterEvenFarIntoTheFile() throws IOException {
        String ascii = "code,name\r\n" + "a001,Sakura Pharmacy\r\n".repeat(10_000);
        byte[] file = (ascii + "a002," + HARD_NAMES + "\r\n").getBytes(CP932);
        assertThat(file.length).isGreaterThan(3 * CsvCharsetReader.WINDOW);
        try (TableReader reader = TableFixtures.open(file, "a.csv", Optional.empty())) {
            List<List<String>> rows = reader.rows().map(TableRow::cells).toList();
            assertThat(rows.get(rows.size() - 1)).containsExactly("a002", HARD_NAMES);
            assertThat(reader.encoding()).contains(CsvEncoding.WINDOWS_31J);
        }
    }

    @Test
    void refusesAFileThatIsNeitherUtf8NorCp932() {
        byte[] utf16 = ("\uFEFF" + TABLE).getBytes(StandardCharsets.UTF_16LE);
        TableException e = catchThrowableOfType(() -> TableFixtures.readAll(utf16, "a.csv"), TableException.class);
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("文字コードを判別できません。UTF-8 または Shift_JIS(CP932) で保存してください。");
        assertThat(e.row()).isEmpty();
    }

    @Test
    void refusesABinaryFileNamedCsv() {
        byte[] binary = new byte[8192];
        new Random(42).nextBytes(binary);
        binary[0] = (byte) 0x89;
        TableException e = catchThrowableOfType(() -> TableFixtures.readAll(binary, "photo.csv"), TableException.class);
        assertThat(e.detailKey()).isIn("problem.table.encoding", "problem.table.encodingAt");
    }

    @Test
    void refusesUtf16WithoutAMarkByItsNulCharacters() {
        byte[] utf16 = "name,code\r\nSakura,1\r\n".getBytes(StandardCharsets.UTF_16LE);
        TableException e = catchThrowableOfType(() -> TableFixtures.readAll(utf16, "a.csv"), TableException.class);
        assertThat(e.detailKey()).isEqualTo("problem.table.encodingAt");
        assertThat(e.row()).hasValue(1);
    }

    @Test
    void bytesThatDoNotFitLaterAreReportedAtTheirRow() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(("名前,番号\r\n" + "さくら薬局,1\r\n".repeat(9_999)).getBytes(StandardCharsets.UTF_8));
        file.write("髙橋商店,2\r\n".getBytes(CP932));
        TableException e = catchThrowableOfType(() -> TableFixtures.readAll(file.toByteArray(), "a.csv"), TableException.class);
        assertThat(e.row()).hasValue(10_001);
        assertThat(e.message(Locale.JAPANESE)).startsWith("10001行目: UTF-8 として読めない文字があります。");
        assertThat(e.message(Locale.ENGLISH)).startsWith("Row 10001: some characters cannot be read as UTF-8.");
    }

    @Test
    void utf8WhenCp932WasChosenIsRefusedNamingBoth() {
        TableException e = catchThrowableOfType(() -> TableFixtures.open(TABLE.getBytes(StandardCharsets.UTF_8), "a.csv",
                Optional.of(CsvEncoding.WINDOWS_31J)), TableException.class);
        assertThat(e.message(Locale.JAPANESE)).isEqualTo("文字コードに Shift_JIS(CP932) が選ばれていますが、このファイルは UTF-8 で"
                + "保存されています。文字コードを「自動判別」か「UTF-8」にしてください。");
    }

    @Test
    void cp932WhenUtf8WasChosenIsRefusedNamingBoth() {
        TableException e = catchThrowableOfType(() -> TableFixtures.open(TABLE.getBytes(CP932), "a.csv",
                Optional.of(CsvEncoding.UTF_8)), TableException.class);
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("UTF-8 was chosen as the encoding, but the file is saved in Shift_JIS(CP932)."
                + " Choose \"Auto-detect\" or \"Shift_JIS(CP932)\".");
    }

    @Test
    void bytesFarIntoTheFileThatDoNotFitTheChosenEncodingAreReportedAtTheirRow() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(("code,name\r\n" + "a001,Sakura Pharmacy\r\n".repeat(5_000)).getBytes(StandardCharsets.US_ASCII));
        file.write("a002,髙橋商店\r\n".getBytes(CP932));
        TableException e = catchThrowableOfType(() -> {
            try (TableReader reader = TableFixtures.open(file.toByteArray(), "a.csv", Optional.of(CsvEncoding.UTF_8))) {
                reader.rows().forEach(row -> { });
            }
        }, TableException.class);
        assertThat(e.row()).hasValue(5_002);
        assertThat(e.message(Locale.JAPANESE)).startsWith("5002行目: 選んだ文字コード（UTF-8）では読めない文字があります。");
    }

    private static void assertDetected(byte[] file, CsvEncoding expected) throws IOException {
        try (TableReader reader = TableFixtures.open(file, "名簿.csv", Optional.empty())) {
            assertThat(reader.rows().map(TableRow::cells).toList()).isEqualTo(ROWS);
            assertThat(reader.encoding()).contains(expected);
        }
    }
}
