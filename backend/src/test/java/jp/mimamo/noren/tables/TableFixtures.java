package jp.mimamo.noren.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small files made in memory, and the rows a reader gives back from them. */
final class TableFixtures {
    /** Characters that plain Shift_JIS cannot hold or that need NFKC: they must survive every round trip. */
    static final String HARD_NAMES = "髙橋 﨑子 ① ㈱みまも ｶﾅ ＡＢＣ";

    private TableFixtures() {
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] withByteOrderMark(byte[] bytes) {
        byte[] marked = new byte[bytes.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, marked, 3, bytes.length);
        return marked;
    }

    static List<List<String>> readAll(byte[] file, String name) throws IOException {
        return readAll(file, name, ReadOptions.DEFAULT);
    }

    /** The header's names, then every row shaped to them. */
    static List<List<String>> readAll(byte[] file, String name, ReadOptions options) throws IOException {
        try (TableReader reader = TableReader.open(new ByteArrayInputStream(file), name, options)) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(reader.header().names());
            reader.rows().map(TableRow::cells).forEach(rows::add);
            return rows;
        }
    }

    static TableReader open(byte[] file, String name, Optional<CsvEncoding> encoding) throws IOException {
        return TableReader.open(new ByteArrayInputStream(file), name, encoding);
    }

    static byte[] csvExport(CsvEncoding encoding, List<TableColumn> columns, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.csv(out, encoding, columns)) {
            for (List<String> row : rows) {
                writer.row(row);
            }
        }
        return out.toByteArray();
    }

    static byte[] xlsxExport(List<TableColumn> columns, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.xlsx(out, "協賛店", columns)) {
            for (List<String> row : rows) {
                writer.row(row);
            }
        }
        return out.toByteArray();
    }

    static List<List<String>> withHeader(List<TableColumn> columns, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(columns.stream().map(TableColumn::title).toList());
        all.addAll(rows);
        return all;
    }
}
