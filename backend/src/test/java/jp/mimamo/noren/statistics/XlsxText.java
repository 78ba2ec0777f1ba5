package jp.mimamo.noren.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Every XML part of an .xlsx as one text, for asserting on what a workbook contains. */
final class XlsxText {
    private XlsxText() {
    }

    static String of(byte[] workbook) {
        StringBuilder text = new StringBuilder();
        try {
            Path file = Files.createTempFile("figures-", ".xlsx");
            try {
                Files.write(file, workbook);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
