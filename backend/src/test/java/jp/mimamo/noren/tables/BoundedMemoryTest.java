package jp.mimamo.noren.tables;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Large files are read in a JVM whose whole heap is smaller than the CSV: memory does not grow with the file. */
class BoundedMemoryTest {
    private static final String HEAP = "-Xmx32m";

    @Test
    void readsTwoHundredThousandCsvRowsAndAHundredThousandXlsxRowsIn32Megabytes(@TempDir Path dir)
            throws IOException, InterruptedException {
        TableReadBenchmark.generate(dir, 200_000, 100_000, false);
        assertThat(Files.size(dir.resolve(TableReadBenchmark.CSV_UTF8))).isGreaterThan(32L * 1024 * 1024);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process reader = new ProcessBuilder(List.of(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                TableReadBenchmark.class.getName(), "read", dir.toString())).redirectErrorStream(true).start();
        String output = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(reader.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(reader.exitValue()).as(output).isZero();
        assertThat(output).containsPattern(TableReadBenchmark.CSV_UTF8 + " +200,000 rows")
                .containsPattern(TableReadBenchmark.XLSX_EXPORT + " +100,000 rows");
    }
}
