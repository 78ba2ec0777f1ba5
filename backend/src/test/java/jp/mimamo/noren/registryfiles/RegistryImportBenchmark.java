package jp.mimamo.noren.registryfiles;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDirectory;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * Not a test: how long a region's existing registry of N registrants (default 40,000) takes to import from a CP932
 * CSV (preview, then apply with keychain numbers issued), to export, and to preview again (all unchanged). Run from
 * backend/ after a test-compile:
 * {@code java -cp target/test-classes:target/classes:<test classpath> jp.mimamo.noren.registryfiles.RegistryImportBenchmark [n]}
 */
public final class RegistryImportBenchmark {
    private static final String REGION = "bench-registry-import";
    private static final Charset CP932 = Charset.forName("windows-31j");

    private RegistryImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        Map<String, Object> properties = new HashMap<>(TestDatabase.get().applicationProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("noren.keycloak.url", "http://127.0.0.1:9");
        try (ApplicationContext context = ApplicationContext.builder().environments("test").properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            context.getBean(RegionDirectory.class).ensure(new Region(REGION, "取込計測町", "Bench"));
            JsonMapper json = context.getBean(JsonMapper.class);
            RegistryWorld.in(new Api(server.getURI(), json), REGION);
            RegistryUploads admin = new RegistryUploads(server.getURI(), json, REGION, TestTokens.regionAdmin(REGION));
            StringBuilder csv = new StringBuilder(RegistryImportTest.HEADER);
            for (int i = 0; i < n; i++) {
                csv.append(',').append("見守 ").append(kanji(i)).append(',').append("ミマモリ ").append(kana(i)).append(',')
                        .append("昭和").append(5 + i % 40).append('年').append(1 + i % 12).append('月').append(1 + i % 28).append("日,女,143-0016,")
                        .append("東京都大田区大森北").append(i).append("-1,03-3761-").append(String.format("%04d", i % 10_000))
                        .append(i % 2 == 0 ? ",大森地域包括支援センター" : ",入新井地域包括支援センター")
                        .append(",2025/6/1,2024年4月版,病院・警察・消防,登録中,見守 家族,長男,090-0000-").append(String.format("%04d", i % 10_000))
                        .append(",大森クリニック,高血圧,降圧剤\r\n");
            }
            byte[] file = csv.toString().getBytes(CP932);
            long start = System.nanoTime();
            JsonNode preview = admin.preview(file, "registry.csv", "issueNumbers=true");
            long previewed = System.nanoTime();
            System.out.printf("preview of %d rows: %.1f s%n", n, (previewed - start) / 1e9);
            JsonNode applied = admin.apply(preview.get("importId").getStringValue());
            long done = System.nanoTime();
            System.out.printf("apply: %.1f s%n", (done - previewed) / 1e9);
            HttpResponse<byte[]> export = admin.export("format=csv&encoding=cp932&reason=bench-export");
            long exported = System.nanoTime();
            JsonNode again = admin.preview(export.body(), "export.csv", "");
            long repreviewed = System.nanoTime();
            System.out.printf("rows %d, file %.1f MB; preview %.1f s (create %d, rejected %d); apply %.1f s (%s); export %.1f s (%.1f MB);"
                            + " preview of the export %.1f s (unchanged %d)%n",
                    n, file.length / 1e6, (previewed - start) / 1e9, preview.get("summary").get("create").getIntValue(),
                    preview.get("summary").get("rejectedCount").getIntValue(), (done - previewed) / 1e9, applied.get("status").getStringValue(),
                    (exported - done) / 1e9, export.body().length / 1e6, (repreviewed - exported) / 1e9,
                    again.get("summary").get("unchanged").getIntValue());
        }
    }

    /** A distinct name and reading for each i: digits written as kanji and as katakana. */
    private static String kanji(int i) {
        return digits(i, "〇一二三四五六七八九");
    }

    private static String kana(int i) {
        return digits(i, "アイウエオカキクケコ");
    }

    private static String digits(int i, String symbols) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(i).toCharArray()) {
            out.append(symbols.charAt(c - '0'));
        }
        return out.toString();
    }
}
