package jp.mimamo.noren.tables;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes and reads large sponsor-year files through this package and prints rows per second, cold and then warmed
 * up, and the live heap (sampled after a full collection every 20,000 rows, on a separate pass so the timing is
 * clean). Not a test; from backend/:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/test.classpath)" \
 *      jp.mimamo.noren.tables.TableReadBenchmark [csvRows] [xlsxRows]
 * </pre>
 * With "read DIR" it only reads the files {@link #generate} made there, which is how {@link BoundedMemoryTest} runs it.
 */
final class TableReadBenchmark {
    static final String CSV_UTF8 = "sponsors-utf8.csv";
    static final String CSV_CP932 = "sponsors-cp932.csv";
    static final String XLSX_EXPORT = "sponsors-export.xlsx";
    static final String XLSX_SHARED_STRINGS = "sponsors-excel.xlsx";
    static final List<TableColumn> COLUMNS = List.of(TableColumn.text("年度"), TableColumn.text("店名"),
            TableColumn.text("フリガナ"), TableColumn.text("カテゴリ"), TableColumn.text("郵便番号"), TableColumn.text("住所"),
            TableColumn.text("電話番号"), TableColumn.text("メール"), TableColumn.date("入会日"), TableColumn.text("協賛金"),
            TableColumn.text("備考"));
    private static final int SAMPLE_EVERY = 20_000;
    private static final String[] SHOPS = {"さくら薬局", "髙橋商店", "山﨑クリニック", "㈱みまも電器", "大森ベーカリー"};
    private static final String[] READINGS = {"サクラヤッキョク", "タカハシショウテン", "ヤマサキクリニック", "ミマモデンキ", "オオモリベーカリー"};
    private static final String[] CATEGORIES = {"pharmacy", "clinic", "shop", "bakery", "electric"};

    private TableReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("read")) {
            for (String name : List.of(CSV_UTF8, XLSX_EXPORT)) {
                read(Path.of(args[1]).resolve(name), false);
            }
            return;
        }
        int csvRows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int xlsxRows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("noren-tables-");
        try {
            System.out.printf(Locale.ROOT, "max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
            generate(dir, csvRows, xlsxRows, true);
            for (String name : List.of(CSV_UTF8, CSV_CP932, XLSX_EXPORT, XLSX_SHARED_STRINGS)) {
                read(dir.resolve(name), false);
            }
            System.out.println("-- again, warmed up; then sampling the live heap");
            for (String name : List.of(CSV_UTF8, CSV_CP932, XLSX_EXPORT, XLSX_SHARED_STRINGS)) {
                read(dir.resolve(name), false);
                read(dir.resolve(name), true);
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** A UTF-8 CSV and an .xlsx export; with every kind also a CP932 CSV and a workbook as Excel saves it. */
    static void generate(Path dir, int csvRows, int xlsxRows, boolean everyKind) throws IOException {
        write(dir.resolve(CSV_UTF8), csvRows, out -> TableWriter.csv(out, CsvEncoding.UTF_8, COLUMNS));
        write(dir.resolve(XLSX_EXPORT), xlsxRows, out -> TableWriter.xlsx(out, "協賛", COLUMNS));
        if (everyKind) {
            write(dir.resolve(CSV_CP932), csvRows, out -> TableWriter.csv(out, CsvEncoding.WINDOWS_31J, COLUMNS));
            writeLikeExcel(dir.resolve(XLSX_SHARED_STRINGS), xlsxRows);
        }
    }

    static List<String> sponsorYear(int i) {
        int kind = i % 5;
        return List.of(String.valueOf(2020 + i % 6), SHOPS[kind] + " " + i + "号店", READINGS[kind], CATEGORIES[kind],
                digits(i % 1000, 3) + "-" + digits(i % 10_000, 4),
                "東京都大田区大森西" + (i % 9 + 1) + "丁目" + (i % 30 + 1) + "-" + (i % 20 + 1),
                "03-" + digits(i % 10_000, 4) + "-" + digits(i * 7 % 10_000, 4), "shop" + i + "@example.jp",
                LocalDate.of(2000, 1, 1).plusDays(i % 9_000).toString(), String.valueOf(3_000 * (1 + kind)),
                i % 7 == 0 ? "①見守り協力, \"ステッカー\"掲示\n2階" : "");
    }

    private static String digits(int value, int width) {
        String text = String.valueOf(value);
        return "0".repeat(width - text.length()) + text;
    }

    static Result read(Path file, boolean sampleHeap) throws IOException {
        long started = System.nanoTime();
        long rows = 0;
        long maxLive = 0;
        try (TableReader reader = TableReader.open(Files.newInputStream(file), file.getFileName().toString(), Optional.empty())) {
            reader.header().require(List.of("年度", "店名", "フリガナ"));
            for (Optional<TableRow> row = reader.next(); row.isPresent(); row = reader.next()) {
                rows++;
                if (sampleHeap && rows % SAMPLE_EVERY == 0) {
                    maxLive = Math.max(maxLive, liveHeap());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Result result = new Result(file.getFileName().toString(), rows, seconds, Files.size(file), maxLive);
        System.out.println(result);
        return result;
    }

    record Result(String file, long rows, double seconds, long bytes, long maxLiveHeap) {
        @Override
        public String toString() {
            String heap = maxLiveHeap == 0 ? "" : String.format(Locale.ROOT, ", live heap at most %.1f MiB", maxLiveHeap / 1048576.0);
            return String.format(Locale.ROOT, "%-22s %,9d rows %7.1f MiB in %6.2f s = %,10.0f rows/s%s",
                    file, rows, bytes / 1048576.0, seconds, rows / seconds, heap);
        }
    }

    private interface Opener {
        TableWriter open(OutputStream out) throws IOException;
    }

    private static void write(Path file, int rows, Opener opener) throws IOException {
        long started = System.nanoTime();
        try (TableWriter writer = opener.open(Files.newOutputStream(file))) {
            for (int i = 0; i < rows; i++) {
                writer.row(sponsorYear(i));
            }
        }
        System.out.printf(Locale.ROOT, "wrote %-22s %,9d rows %7.1f MiB in %6.2f s%n", file.getFileName(), rows,
                Files.size(file) / 1048576.0, (System.nanoTime() - started) / 1e9);
    }

    /** As Excel saves a workbook: strings in the shared strings table, dates as numbers with a date format. */
    private static void writeLikeExcel(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "Microsoft Excel", null)) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c).title());
            }
            for (int i = 0; i < rows; i++) {
                List<String> row = sponsorYear(i);
                for (int c = 0; c < row.size(); c++) {
                    if (COLUMNS.get(c).kind() == TableColumn.Kind.DATE) {
                        sheet.value(i + 1, c, LocalDate.parse(row.get(c)));
                        sheet.style(i + 1, c).format("yyyy/m/d").set();
                    } else if (!row.get(c).isEmpty()) {
                        sheet.value(i + 1, c, row.get(c));
                    }
                }
                if (i % 1_000 == 0) {
                    sheet.flush();
                }
            }
        }
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
