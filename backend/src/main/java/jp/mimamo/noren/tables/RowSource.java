package jp.mimamo.noren.tables;

import java.io.Closeable;
import java.io.IOException;

/** Rows of one file in order, blank ones included, with the row numbers a spreadsheet would show. */
interface RowSource extends Closeable {
    /** The next row, or null after the last. */
    TableRow next() throws IOException;
}
