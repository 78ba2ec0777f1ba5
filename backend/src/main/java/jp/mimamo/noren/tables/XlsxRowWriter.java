package jp.mimamo.noren.tables;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sheet with a bold, frozen, filterable header row. Text cells are written as text with the "@" format, so
 * postal codes and phone numbers keep their leading zeros even after a person edits them; date columns hold real
 * dates shown as yyyy-mm-dd. Column widths come from the first rows (a wide character counts twice). Rows are flushed
 * in batches, so memory does not grow with the export.
 */
final class XlsxRowWriter implements RowSink {
    private static final int SAMPLE_ROWS = 200;
    private static final int FLUSH_EVERY = 1_000;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<TableColumn> columns;
    private final List<List<String>> sample = new ArrayList<>();
    private boolean started;
    private int row;

    XlsxRowWriter(OutputStream out, String sheetName, List<TableColumn> columns) {
        this.out = out;
        this.workbook = new Workbook(out, "Noren", null);
        this.sheet = workbook.newWorksheet(sheetName);
        this.columns = List.copyOf(columns);
    }

    @Override
    public void write(List<String> cells) throws IOException {
        if (started) {
            put(cells);
        } else {
            sample.add(List.copyOf(cells));
            if (sample.size() == SAMPLE_ROWS) {
                start();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (out) {
            if (!started) {
                start();
            }
            sheet.setAutoFilter(0, 0, Math.max(0, row - 1), columns.size() - 1);
            workbook.finish();
        }
    }

    private void start() throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, width(c));
        }
        sheet.freezePane(0, 1);
        started = true;
        for (List<String> cells : sample) {
            put(cells);
        }
        sample.clear();
    }

    private void put(List<String> cells) throws IOException {
        int r = row++;
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (r == 0) {
                sheet.inlineString(r, c, FormulaGuard.escape(value));
                sheet.style(r, c).bold().set();
            } else if (!value.isEmpty()) {
                putValue(r, c, value);
            }
        }
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private void putValue(int r, int c, String value) {
        Optional<LocalDate> date = columns.get(c).kind() == TableColumn.Kind.DATE ? isoDate(value) : Optional.empty();
        if (date.isPresent()) {
            sheet.value(r, c, date.get());
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else {
            sheet.inlineString(r, c, FormulaGuard.escape(value));
            sheet.style(r, c).format("@").set();
        }
    }

    private static Optional<LocalDate> isoDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    private double width(int column) {
        int widest = columns.get(column).kind() == TableColumn.Kind.DATE ? 10 : 0;
        for (List<String> cells : sample) {
            if (column < cells.size()) {
                widest = Math.max(widest, displayWidth(cells.get(column)));
            }
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 2));
    }

    /** Columns the longest line of a value takes, a full-width character counting as two. */
    static int displayWidth(String value) {
        int widest = 0;
        int current = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                current = 0;
            } else {
                current += isWide(cp) ? 2 : 1;
                widest = Math.max(widest, current);
            }
        }
        return widest;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
