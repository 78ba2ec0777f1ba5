package jp.mimamo.noren.tables;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an export as CSV or .xlsx from the same columns, a row at a time, header first. The result re-imports
 * through {@link TableReader} unchanged. {@link #close()} finishes the file and closes the stream.
 */
public final class TableWriter implements Closeable {
    private final RowSink sink;
    private final int width;

    private TableWriter(RowSink sink, List<TableColumn> columns) throws IOException {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An export needs at least one column");
        }
        this.sink = sink;
        this.width = columns.size();
        sink.write(columns.stream().map(TableColumn::title).toList());
    }

    /** CSV for Excel: UTF-8 with a byte order mark, or CP932; CRLF; formula-guarded ({@link FormulaGuard}). */
    public static TableWriter csv(OutputStream out, CsvEncoding encoding, List<TableColumn> columns) throws IOException {
        return new TableWriter(new CsvRowWriter(out, encoding), columns);
    }

    /** One sheet with a bold header row, text cells and real dates ({@link XlsxRowWriter}). */
    public static TableWriter xlsx(OutputStream out, String sheetName, List<TableColumn> columns) throws IOException {
        return new TableWriter(new XlsxRowWriter(out, sheetName, columns), columns);
    }

    /** One row, a cell per column; null is written as an empty cell. */
    public void row(List<String> cells) throws IOException {
        if (cells.size() != width) {
            throw new IllegalArgumentException("Expected " + width + " cells, got " + cells.size());
        }
        List<String> values = new ArrayList<>(width);
        for (String cell : cells) {
            values.add(cell == null ? "" : cell);
        }
        sink.write(values);
    }

    @Override
    public void close() throws IOException {
        sink.close();
    }
}
