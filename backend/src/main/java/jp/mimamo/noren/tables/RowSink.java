package jp.mimamo.noren.tables;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Where the rows of an export go; the first row written is the header. */
interface RowSink extends Closeable {
    void write(List<String> cells) throws IOException;
}
