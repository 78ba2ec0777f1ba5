package jp.mimamo.noren.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * CSV that Excel opens as it was meant: UTF-8 with a byte order mark (or CP932 when asked), CRLF line ends, quotes
 * only where a cell holds a comma, quote or line break, and every cell passed through {@link FormulaGuard#protect}.
 * A character CP932 cannot hold stops the export with the row and the character rather than turning it into "?".
 */
final class CsvRowWriter implements RowSink {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OutputStream out;
    private final Writer writer;
    private final CsvEncoding encoding;
    private final StringBuilder line = new StringBuilder(256);
    private int row;

    CsvRowWriter(OutputStream out, CsvEncoding encoding) throws IOException {
        this.out = out;
        this.encoding = encoding;
        if (encoding == CsvEncoding.UTF_8) {
            out.write(BYTE_ORDER_MARK);
        }
        CharsetEncoder encoder = encoding.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.writer = new OutputStreamWriter(out, encoder);
    }

    @Override
    public void write(List<String> cells) throws IOException {
        row++;
        line.setLength(0);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            appendCell(FormulaGuard.protect(cells.get(i)));
        }
        line.append("\r\n");
        try {
            writer.write(line.toString());
        } catch (CharacterCodingException e) {
            throw TableException.atRow(row, "problem.table.unmappable", firstUnmappable(), encoding.label());
        }
    }

    @Override
    public void close() throws IOException {
        try (out) {
            writer.flush();
        }
    }

    private void appendCell(String value) {
        if (needsQuotes(value)) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private String firstUnmappable() {
        CharsetEncoder probe = encoding.charset().newEncoder();
        return line.codePoints().filter(cp -> !probe.canEncode(new String(Character.toChars(cp))))
                .mapToObj(Character::toString).findFirst().orElse("?");
    }
}
