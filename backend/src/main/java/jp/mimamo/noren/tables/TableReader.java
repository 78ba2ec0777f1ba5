package jp.mimamo.noren.tables;

import jp.mimamo.noren.shared.ProblemType;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads an uploaded CSV or .xlsx a row at a time, with memory that does not grow with the file:
 * <pre>{@code
 * try (TableReader reader = TableReader.open(upload, fileName, Optional.empty())) {
 *     Map<String, Integer> columns = reader.header().require(List.of("名前", "フリガナ"));
 *     reader.rows().forEach(row -> ...);
 * }
 * }</pre>
 * The format comes from the file's first bytes, else its name ({@link TableFormat}); a CSV's encoding is detected
 * unless chosen ({@link CsvCharsetReader}). Rows whose cells are all blank are skipped, keeping the numbers of the
 * others. Every cell is given back as the file holds it except for the export's formula guard, which is removed
 * ({@link FormulaGuard}). Whatever is wrong with the file is thrown as a {@link TableException} with a message in
 * the caller's language, by the row it was found in; an import should write nothing until the last row is read.
 */
public final class TableReader implements Closeable {
    private final InputStream input;
    private final TableFormat format;
    private final RowSource source;
    private final Supplier<Optional<CsvEncoding>> encoding;
    private final TableLimits limits;
    private Header header;
    private ColumnCheck check = ColumnCheck.PAD_SHORT_ROWS;
    private int dataRows;
    private boolean started;

    private TableReader(InputStream input, TableFormat format, RowSource source, Supplier<Optional<CsvEncoding>> encoding,
                        TableLimits limits) {
        this.input = input;
        this.format = format;
        this.source = source;
        this.encoding = encoding;
        this.limits = limits;
    }

    /** Opens a file with the default limits; the reader owns the stream and closes it. */
    public static TableReader open(InputStream in, String fileName, Optional<CsvEncoding> encoding) throws IOException {
        return open(in, fileName, ReadOptions.DEFAULT.withEncoding(encoding));
    }

    public static TableReader open(InputStream in, String fileName, ReadOptions options) throws IOException {
        try {
            InputStream limited = new BufferedInputStream(new LimitedInputStream(in, options.limits()));
            limited.mark(TableFormat.headLength());
            byte[] head = limited.readNBytes(TableFormat.headLength());
            limited.reset();
            TableFormat format = TableFormat.of(fileName, head);
            if (format == TableFormat.XLSX) {
                return new TableReader(in, format, XlsxRowSource.open(limited, options), Optional::empty, options.limits());
            }
            CsvCharsetReader chars = new CsvCharsetReader(limited, options.encoding());
            return new TableReader(in, format, new CsvParser(chars, options.limits(), chars::encoding),
                    () -> Optional.of(chars.encoding()), options.limits());
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(in, e);
            throw e;
        }
    }

    public TableFormat format() {
        return format;
    }

    /** The CSV encoding in use (detected or chosen); empty for .xlsx. */
    public Optional<CsvEncoding> encoding() {
        return encoding.get();
    }

    /** Reads the first non-blank row as the header; rows after it are then shaped to its width. */
    public Header header() throws IOException {
        return header(ColumnCheck.PAD_SHORT_ROWS);
    }

    public Header header(ColumnCheck columnCheck) throws IOException {
        if (started) {
            throw new IllegalStateException("The header is the first row: read it before any other");
        }
        started = true;
        TableRow first = nextNonBlank();
        if (first == null) {
            throw TableException.file(ProblemType.VALIDATION, "problem.table.empty");
        }
        header = Header.of(first);
        check = format == TableFormat.XLSX ? ColumnCheck.PAD_SHORT_ROWS : columnCheck;
        return header;
    }

    /** The next non-blank row, or empty after the last. */
    public Optional<TableRow> next() throws IOException {
        started = true;
        TableRow row = nextNonBlank();
        if (row == null) {
            return Optional.empty();
        }
        if (++dataRows > limits.maxRows()) {
            throw TableException.file(ProblemType.VALIDATION, "problem.table.tooManyRows", limits.maxRows());
        }
        return Optional.of(header == null ? row : shaped(row));
    }

    /** The remaining rows as a lazy, one-time stream; I/O failures surface as {@link UncheckedIOException}. */
    public Stream<TableRow> rows() {
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<TableRow>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super TableRow> action) {
                try {
                    Optional<TableRow> row = next();
                    row.ifPresent(action);
                    return row.isPresent();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }, false);
    }

    @Override
    public void close() throws IOException {
        try (input) {
            source.close();
        }
    }

    private static void closeAfterFailure(InputStream in, Exception failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private TableRow nextNonBlank() throws IOException {
        TableRow row = source.next();
        while (row != null && row.isBlank()) {
            row = source.next();
        }
        if (row == null) {
            return null;
        }
        List<String> cells = new ArrayList<>(row.cells().size());
        for (String cell : row.cells()) {
            cells.add(FormulaGuard.unprotect(cell));
        }
        return new TableRow(row.number(), cells);
    }

    private TableRow shaped(TableRow row) {
        List<String> cells = row.cells();
        if (check == ColumnCheck.EXACT && cells.size() != header.cellsInRow()) {
            throw TableException.atRow(row.number(), "problem.table.columnCount", header.cellsInRow(), cells.size());
        }
        int width = header.width();
        if (cells.size() == width) {
            return row;
        }
        List<String> shaped = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                throw TableException.atRow(row.number(), "problem.table.columnCount", width, lastFilled(cells));
            }
        }
        while (shaped.size() < width) {
            shaped.add("");
        }
        return new TableRow(row.number(), shaped);
    }

    private static int lastFilled(List<String> cells) {
        int count = cells.size();
        while (count > 0 && cells.get(count - 1).isBlank()) {
            count--;
        }
        return count;
    }
}
