package jp.mimamo.noren.tables;

import jp.mimamo.noren.shared.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks inside an .xlsx before it is parsed, so that a small upload cannot unpack into more than memory holds (a
 * "zip bomb"). Every part is inflated once and counted, because the sizes a zip declares can lie. The package may
 * unpack to 20 times the upload limit, the shared strings (which a reader keeps in memory) to twice the upload limit,
 * and no stretch of XML between two tags may be longer than ten bytes for each character a cell may hold (a
 * character written as a reference such as {@code &#x9ad9;} takes up to ten).
 */
final class XlsxPackageCheck {
    private static final int BYTES_PER_CHARACTER = 10;

    private XlsxPackageCheck() {
    }

    static void check(Path file, TableLimits limits) throws IOException {
        long maxTotal = limits.maxBytes() * 20;
        long maxSharedStrings = limits.maxBytes() * 2;
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                boolean sharedStrings = entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
                boolean xml = entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml");
                long size = 0;
                long run = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        size += n;
                        total += n;
                        if (total > maxTotal || (sharedStrings && size > maxSharedStrings)) {
                            throw TableException.file(ProblemType.VALIDATION, "problem.table.unpackedTooLarge");
                        }
                        run = xml ? run(buffer, n, run, limits) : 0;
                    }
                }
            }
        } catch (ZipException e) {
            throw TableException.file(ProblemType.VALIDATION, "problem.table.brokenXlsx");
        }
    }

    /** Carries the length of the current stretch without '<' across buffers and refuses one that is too long. */
    private static long run(byte[] buffer, int length, long carried, TableLimits limits) {
        long maxRun = (long) limits.maxCellLength() * BYTES_PER_CHARACTER;
        long current = carried;
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '<') {
                current = 0;
            } else if (++current > maxRun) {
                throw TableException.file(ProblemType.VALIDATION, "problem.table.xlsxCellTooLong", limits.maxCellLength());
            }
        }
        return current;
    }
}
