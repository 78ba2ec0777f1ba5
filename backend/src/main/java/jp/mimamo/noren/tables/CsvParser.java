package jp.mimamo.noren.tables;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * RFC 4180 CSV as Excel writes it: cells separated by commas; a cell in double quotes may hold commas, line breaks
 * and doubled quotes; rows end in CRLF, LF or CR. A quote inside an unquoted cell is taken literally, as Excel takes
 * it. Anything but a comma or a line end after a closing quote is refused, and so is a quote still open at the end
 * of the file. Rows are numbered by record, not by physical line, so a cell holding a line break does not shift the
 * numbers a spreadsheet would show. A NUL character means a binary or UTF-16 file and is refused.
 */
final class CsvParser implements RowSource {
    private static final int END = -1;

    private final Reader in;
    private final TableLimits limits;
    private final Supplier<CsvEncoding> encoding;
    private final char[] buffer = new char[32 * 1024];
    private final StringBuilder cell = new StringBuilder();
    private int position;
    private int limit;
    private int row;
    private int width = 8;

    CsvParser(Reader in, TableLimits limits, Supplier<CsvEncoding> encoding) {
        this.in = in;
        this.limits = limits;
        this.encoding = encoding;
    }

    @Override
    public TableRow next() throws IOException {
        row++;
        try {
            if (!ensure()) {
                return null;
            }
            return new TableRow(row, readRecord());
        } catch (CsvCharsetReader.NotInChosenEncoding e) {
            throw TableException.atRow(row, "problem.table.chosenEncodingAt", encoding.get().label());
        } catch (CharacterCodingException e) {
            throw notText();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private List<String> readRecord() throws IOException {
        List<String> cells = new ArrayList<>(width);
        int terminator;
        do {
            if (cells.size() == limits.maxColumns()) {
                throw TableException.atRow(row, "problem.table.tooManyColumns", limits.maxColumns());
            }
            cell.setLength(0);
            terminator = ensure() && buffer[position] == '"' ? quoted(cells.size()) : unquoted(cells.size());
            cells.add(cell.toString());
        } while (terminator == ',');
        if (terminator == '\r' && ensure() && buffer[position] == '\n') {
            position++;
        }
        width = Math.max(width, cells.size());
        return cells;
    }

    /** Reads an unquoted cell and returns what ended it: a comma, CR, LF or {@link #END}. */
    private int unquoted(int column) throws IOException {
        while (ensure()) {
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == ',' || c == '\r' || c == '\n') {
                    append(start, column, false);
                    position++;
                    return c;
                }
                if (c == 0) {
                    throw notText();
                }
                position++;
            }
            append(start, column, false);
        }
        return END;
    }

    private int quoted(int column) throws IOException {
        position++;
        while (true) {
            if (!ensure()) {
                throw TableException.atRow(row, "problem.table.unterminatedQuote");
            }
            int start = position;
            while (position < limit && buffer[position] != '"') {
                if (buffer[position] == 0) {
                    throw notText();
                }
                position++;
            }
            append(start, column, true);
            if (position == limit) {
                continue;
            }
            position++;
            if (!ensure()) {
                return END;
            }
            char next = buffer[position++];
            if (next == '"') {
                cell.append('"');
            } else if (next == ',' || next == '\r' || next == '\n') {
                return next;
            } else {
                throw TableException.atRow(row, "problem.table.strayQuote");
            }
        }
    }

    private void append(int start, int column, boolean quoted) {
        cell.append(buffer, start, position - start);
        if (cell.length() > limits.maxCellLength()) {
            throw TableException.atRow(row, quoted ? "problem.table.cellTooLongQuoted" : "problem.table.cellTooLong",
                    column + 1, limits.maxCellLength());
        }
    }

    private boolean ensure() throws IOException {
        if (position < limit) {
            return true;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private TableException notText() {
        return TableException.atRow(row, "problem.table.encodingAt", encoding.get().label());
    }
}
