package jp.mimamo.noren.tables;

import jp.mimamo.noren.shared.ProblemType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rows of one sheet of an .xlsx, streamed. A zip needs random access, so the upload is first copied to a
 * temporary file (deleted on close) and checked by {@link XlsxPackageCheck}; the sheet is then parsed as a stream of
 * XML, a row at a time. The shared strings table is held in memory, as in every xlsx reader.
 */
final class XlsxRowSource implements RowSource {
    private final Path file;
    private final TableLimits limits;
    private ReadableWorkbook workbook;
    private Stream<Row> rows;
    private Iterator<Row> iterator;

    private XlsxRowSource(Path file, TableLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    static XlsxRowSource open(InputStream in, ReadOptions options) throws IOException {
        XlsxRowSource source = new XlsxRowSource(Files.createTempFile("noren-table-", ".xlsx"), options.limits());
        try {
            Files.copy(in, source.file, StandardCopyOption.REPLACE_EXISTING);
            XlsxPackageCheck.check(source.file, options.limits());
            source.openSheet(options.sheet());
            return source;
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    @Override
    public TableRow next() {
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            Row row = iterator.next();
            return new TableRow(row.getRowNum(), cells(row));
        } catch (TableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw broken();
        }
    }

    @Override
    public void close() throws IOException {
        try (ReadableWorkbook opened = workbook; Stream<Row> open = rows) {
            Files.deleteIfExists(file);
        }
    }

    private void openSheet(Optional<String> name) {
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
            Sheet sheet = name.map(this::named).orElseGet(this::firstVisible);
            rows = sheet.openStream();
            iterator = rows.iterator();
        } catch (TableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw broken();
        }
    }

    private List<String> cells(Row row) {
        int width = row.getCellCount();
        while (width > 0 && XlsxCellText.of(row.getCell(width - 1)).isEmpty()) {
            width--;
        }
        if (width > limits.maxColumns()) {
            throw TableException.atRow(row.getRowNum(), "problem.table.tooManyColumns", limits.maxColumns());
        }
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            String text = XlsxCellText.of(row.getCell(c));
            if (text.length() > limits.maxCellLength()) {
                throw TableException.atRow(row.getRowNum(), "problem.table.cellTooLong", c + 1, limits.maxCellLength());
            }
            cells.add(text);
        }
        return cells;
    }

    private Sheet named(String name) {
        return workbook.findSheet(name)
                .orElseThrow(() -> TableException.file(ProblemType.VALIDATION, "problem.table.sheetNotFound", name));
    }

    private Sheet firstVisible() {
        return workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                .orElseGet(workbook::getFirstSheet);
    }

    private static TableException broken() {
        return TableException.file(ProblemType.VALIDATION, "problem.table.brokenXlsx");
    }
}
