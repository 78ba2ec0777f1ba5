package jp.mimamo.noren.tables;

import jp.mimamo.noren.shared.ProblemType;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops an upload with a clear message as soon as it passes the size limit, before the rest is read. */
final class LimitedInputStream extends FilterInputStream {
    private final TableLimits limits;
    private long count;

    LimitedInputStream(InputStream in, TableLimits limits) {
        super(in);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count > limits.maxBytes()) {
            throw TableException.file(ProblemType.PAYLOAD_TOO_LARGE, "problem.table.tooLarge", limits.maxMegabytes());
        }
    }
}
