package jp.mimamo.noren.onboarding;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Head office exports everything one region owns: a CSV and an xlsx per table, and a manifest that checks them. */
@MicronautTest
class RegionExportTest extends ApiTestBase {

    @Test
    void theExportHoldsEveryRegionOwnedTableWithAManifestAndIsLogged() throws Exception {
        yamato().post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aHospital().with("name", "大和の書き出し病院").json());
        kishiwada().post("/api/v1/regions/kishiwada/sponsors", SponsorFixtures.aPharmacy().with("name", "岸和田の秘密薬局").json());
        long logged = exports("yamato");

        Api.Bytes zip = api().as(TestTokens.headOffice()).bytes("GET", "/api/v1/hq/regions/yamato/export", null, null);
        assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
        assertThat(zip.contentDisposition()).contains("region-yamato-");
        Map<String, byte[]> files = unzip(zip.body());

        Map<String, Object> manifest = json.readValue(files.get("manifest.json"), Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tables = (List<Map<String, Object>>) manifest.get("tables");
        List<String> names = tables.stream().map(t -> String.valueOf(t.get("table"))).toList();
        assertThat(names).containsAll(regionOwnedTables()).contains("sponsors", "launch_partners", "access_log");
        for (Map<String, Object> table : tables) {
            String name = String.valueOf(table.get("table"));
            @SuppressWarnings("unchecked")
            Map<String, String> sums = (Map<String, String>) table.get("sha256");
            assertThat(sha256(files.get(name + ".csv"))).isEqualTo(sums.get(name + ".csv"));
            assertThat(sha256(files.get(name + ".xlsx"))).isEqualTo(sums.get(name + ".xlsx"));
            assertThat(files.get(name + ".csv")).as("UTF-8 with a byte order mark").startsWith(0xEF, 0xBB, 0xBF);
        }
        Map<String, Object> sponsors = tables.stream().filter(t -> "sponsors".equals(t.get("table"))).findFirst().orElseThrow();
        assertThat(((Number) sponsors.get("rows")).longValue()).isEqualTo(count("sponsors", "yamato"));
        String csv = new String(files.get("sponsors.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("大和の書き出し病院").doesNotContain("岸和田の秘密薬局");
        assertThat(exports("yamato")).as("the export is in the region's access log").isEqualTo(logged + 1);
    }

    @Test
    void onlyHeadOfficeExportsAndAnUnknownRegionIsNotFound() {
        assertThat(yamato().bytes("GET", "/api/v1/hq/regions/yamato/export", null, null).status()).isEqualTo(403);
        assertThat(api().as(TestTokens.headOffice()).bytes("GET", "/api/v1/hq/regions/nowhere/export", null, null).status()).isEqualTo(404);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> regionOwnedTables() throws Exception {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select distinct c.table_name from information_schema.columns c join information_schema.tables t"
                     + " on t.table_name = c.table_name and t.table_schema = c.table_schema where c.column_name = 'region_id'"
                     + " and c.table_schema = 'public' and t.table_type = 'BASE TABLE'"
                     + " and has_table_privilege('noren_app', quote_ident(c.table_schema) || '.' || quote_ident(c.table_name), 'select')")) {
            List<String> tables = new java.util.ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            return tables;
        }
    }

    private static long count(String table, String region) throws Exception {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from " + table + " where region_id = '" + region + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long exports(String region) throws Exception {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from access_log where region_id = '" + region + "' and action = 'export'"
                     + " and 'region-data' = any(sections)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
