package jp.mimamo.noren.rosterfiles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A region admin exports the roster, edits it in Excel and imports it back: preview, apply, undo. */
@MicronautTest
class RosterFilesTest extends ApiTestBase {
    private static final AtomicInteger TOWNS = new AtomicInteger();
    private static final Charset CP932 = Charset.forName("windows-31j");
    static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private static final String HEADER = "名称,フリガナ,カテゴリ,郵便番号,電話番号,入会日,年度,口数\r\n";
    private RosterUploads files;
    private Api admin;

    @BeforeEach
    void aRegionOfItsOwn() {
        String region = "roster-town-" + TOWNS.incrementAndGet();
        regions.ensure(new Region(region, "名簿テスト町", "Roster Town"));
        files = new RosterUploads(server.getURI(), json, region);
        admin = files.admin();
    }

    @Test
    void exportedFilesReimportWithNoChangeInCp932Utf8AndXlsx() {
        long hospital = created(SponsorFixtures.aHospital().with("name", "髙﨑①病院").json());
        created(SponsorFixtures.aHospital().with("name", "㈱髙橋商事").with("categoryCode", "company").json());
        decided(hospital, YEAR - 1, "{\"status\":\"declined\",\"units\":2,\"notes\":\"①昨年度は辞退\",\"reason\":\"紙の記録から\"}");
        decided(hospital, YEAR, "{\"status\":\"renewed\",\"units\":3}");
        Api.Reply paid = admin.post(files.path("/sponsors/" + hospital + "/sponsorships/" + YEAR + "/payment"),
                "{\"paidOn\":\"" + YEAR + "-05-20\",\"method\":\"transfer\",\"amount\":30000,\"version\":0}");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

        for (String query : new String[] {"format=xlsx", "format=csv&encoding=cp932", "format=csv&encoding=utf-8-bom"}) {
            HttpResponse<byte[]> file = files.get("/roster/export?" + query);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
            JsonNode preview = files.preview(file.body(), query.contains("xlsx") ? "roster.xlsx" : "roster.csv", "");
            assertThat(preview.get("rows").getIntValue()).as(query).isEqualTo(3);
            assertThat(preview.get("unchanged").getIntValue()).as(preview.toString()).isEqualTo(2);
            assertThat(preview.get("create").getIntValue() + preview.get("update").getIntValue()).isZero();
            assertThat(preview.get("years").get("unchanged").getIntValue()).as(query).isEqualTo(2);
            assertThat(preview.get("years").get("create").getIntValue() + preview.get("years").get("update").getIntValue()).isZero();
            assertThat(preview.get("rejectedCount").getIntValue()).as(preview.toString()).isZero();

            JsonNode applied = files.apply(preview.get("importId").getStringValue());
            assertThat(applied.get("status").getStringValue()).isEqualTo("applied");
        }
        String cp932 = new String(files.get("/roster/export?format=csv&encoding=cp932").body(), CP932);
        assertThat(cp932).contains("髙﨑①病院", "㈱髙橋商事", "病院", "企業", "継続", "振込", "30000", "辞退", "①昨年度は辞退",
                new FiscalYear(YEAR).label(java.util.Locale.JAPANESE));
        JsonNode history = admin.get(files.path("/sponsors/" + hospital + "/history")).json();
        assertThat(history.size()).as("unchanged imports write no history").isEqualTo(1);
    }

    @Test
    void aCp932FileCreatesSponsorsAndTheirYearsAndUndoTakesThemBack() {
        byte[] file = (HEADER + "髙﨑①クリニック,タカサキクリニック,病院,1234567,03-1234-5678,2024/4/1," + YEAR + ",2\r\n"
                + "㈱みまも,ミマモ,company,,,,,\r\n").getBytes(CP932);
        JsonNode preview = files.preview(file, "roster.csv", "cp932");
        assertThat(preview.get("create").getIntValue()).as(preview.toString()).isEqualTo(2);
        assertThat(preview.get("years").get("create").getIntValue()).isEqualTo(1);
        String id = preview.get("importId").getStringValue();
        assertThat(count()).isZero();

        JsonNode applied = files.apply(id);
        assertThat(applied.get("status").getStringValue()).as(applied.toString()).isEqualTo("applied");
        assertThat(applied.get("create").getIntValue()).isEqualTo(2);
        assertThat(applied.get("done").getIntValue()).isEqualTo(applied.get("total").getIntValue()).isEqualTo(3);
        JsonNode list = admin.get(files.path("/sponsors?status=all&sort=kana")).json().get("items");
        assertThat(list.get(0).get("name").getStringValue()).isEqualTo("髙﨑①クリニック");
        long sponsorId = list.get(0).get("id").getLongValue();
        JsonNode history = admin.get(files.path("/sponsors/" + sponsorId + "/history")).json();
        assertThat(history.get(0).get("changes").get(0).get("to").getStringValue()).isEqualTo(id);
        JsonNode years = admin.get(files.path("/sponsors/" + sponsorId + "/sponsorships")).json();
        assertThat(years.size()).isEqualTo(1);
        assertThat(years.get(0).get("units").getIntValue()).isEqualTo(2);
        assertThat(years.get(0).get("fee").getIntValue()).as("2 units at the default 10,000 yen").isEqualTo(20_000);
        assertThat(admin.post(files.path("/roster/import/" + id + "/apply"), "{}").status()).isEqualTo(409);

        Api.Reply undone = admin.post(files.path("/roster/import/" + id + "/undo"), "{}");
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("archived").getIntValue()).isEqualTo(2);
        assertThat(undone.json().get("yearsRemoved").getIntValue()).isEqualTo(1);
        assertThat(admin.get(files.path("/sponsors?status=active")).json().get("total").getLongValue()).isZero();
        assertThat(admin.get(files.path("/sponsors/" + sponsorId + "/sponsorships")).json().size()).isZero();
        assertThat(admin.get(files.path("/roster/import/" + id)).json().get("status").getStringValue()).isEqualTo("undone");
        assertThat(admin.post(files.path("/roster/import/" + id + "/undo"), "{}").status()).isEqualTo(409);
    }

    @Test
    void rejectedRowsAreListedInJapaneseAndNothingIsApplied() {
        byte[] file = (HEADER + "良い病院,ヨイビョウイン,病院,,,," + YEAR + ",1\r\n"
                + "謎の団体,ナゾノダンタイ,宇宙人,,,," + YEAR + ",1\r\n"
                + "負の薬局,フノヤッキョク,薬局,,,," + YEAR + ",-3\r\n").getBytes(CP932);
        JsonNode preview = files.preview(file, "roster.csv", "");
        assertThat(preview.get("create").getIntValue()).isEqualTo(1);
        assertThat(preview.get("rejectedCount").getIntValue()).isEqualTo(2);
        JsonNode rejected = preview.get("rejected");
        assertThat(rejected.size()).isEqualTo(2);
        assertThat(rejected.get(0).get("row").getIntValue()).isEqualTo(3);
        assertThat(rejected.get(0).get("messages").get(0).getStringValue()).contains("カテゴリ", "宇宙人");
        assertThat(rejected.get(1).get("row").getIntValue()).isEqualTo(4);
        assertThat(rejected.get(1).get("messages").get(0).getStringValue()).contains("口数", "0〜1,000");
        Api.Reply apply = admin.post(files.path("/roster/import/" + preview.get("importId").getStringValue() + "/apply"), "{}");
        assertThat(apply.status()).isEqualTo(409);
        assertThat(apply.body()).contains("取り込めない行");
        assertThat(count()).isZero();
    }

    @Test
    void aMalformedCsvIsA400AndNothingIsStored() {
        byte[] file = (HEADER + "\"閉じない引用符,ヨイ,病院\r\n").getBytes(CP932);
        HttpResponse<String> reply = files.upload(file, "roster.csv", "");
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reply.body()).contains("引用符");
        assertThat(count()).isZero();
    }

    @Test
    void applyIsAllOrNothingWhenASponsorChangedSincePreview() {
        long existing = created(SponsorFixtures.aHospital().with("name", "既存の病院").with("nameKana", "キゾンノビョウイン").json());
        byte[] file = (HEADER + "新しい薬局,アタラシイヤッキョク,薬局,,,,,\r\n"
                + "既存の病院,キゾンノビョウイン,病院,,,,,\r\n").getBytes(CP932);
        JsonNode preview = files.preview(file, "roster.csv", "");
        assertThat(preview.get("create").getIntValue()).isEqualTo(1);
        assertThat(preview.get("update").getIntValue()).as(preview.toString()).isEqualTo(1);
        Api.Reply edited = admin.put(files.path("/sponsors/" + existing), SponsorFixtures.aHospital().with("name", "既存の病院")
                .with("nameKana", "キゾンノビョウイン").with("notes", "プレビュー後の変更").with("version", 0).json());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        String id = preview.get("importId").getStringValue();
        JsonNode failed = files.apply(id);
        assertThat(failed.get("status").getStringValue()).isEqualTo("failed");
        assertThat(failed.get("error").getStringValue()).contains("3行目", "もう一度「内容を確認」");
        assertThat(count()).as("nothing of the import is written").isEqualTo(1);
        assertThat(admin.get(files.path("/sponsors/" + existing)).json().get("notes").getStringValue()).isEqualTo("プレビュー後の変更");
    }

    @Test
    void anUpdateChangesOnlyTheChangedFieldsAndUndoPutsThemBack() {
        long existing = created(SponsorFixtures.aHospital().with("name", "既存の病院").with("nameKana", "キゾンノビョウイン")
                .with("notes", "元の備考").json());
        JsonNode before = admin.get(files.path("/sponsors/" + existing)).json();
        byte[] file = ("名称,フリガナ,カテゴリ,電話番号\r\n既存の　病院 ,きぞんのびょういん,病院,06-1111-2222\r\n").getBytes(CP932);
        JsonNode preview = files.preview(file, "roster.csv", "");
        assertThat(preview.get("update").getIntValue()).as(preview.toString()).isEqualTo(1);
        JsonNode changed = preview.get("sample").get(0).get("changed");
        assertThat(changed.size()).as("the name as the file spells it, and the phone").isEqualTo(2);
        assertThat(changed.get(0).getStringValue()).isEqualTo("name");
        assertThat(changed.get(1).getStringValue()).isEqualTo("phone");
        String id = preview.get("importId").getStringValue();
        assertThat(files.apply(id).get("status").getStringValue()).isEqualTo("applied");
        JsonNode after = admin.get(files.path("/sponsors/" + existing)).json();
        assertThat(after.get("phone").getStringValue()).isEqualTo("06-1111-2222");
        assertThat(after.get("notes").getStringValue()).as("a column the file lacks is kept").isEqualTo("元の備考");
        JsonNode updated = admin.get(files.path("/sponsors/" + existing + "/history")).json().get(0);
        assertThat(updated.get("changes").get(0).get("field").getStringValue()).isEqualTo("import");
        assertThat(updated.get("changes").get(2).get("field").getStringValue()).isEqualTo("phone");
        assertThat(updated.get("changes").size()).as("import, name, phone; not the notes the file lacks").isEqualTo(3);

        assertThat(admin.post(files.path("/roster/import/" + id + "/undo"), "{}").status()).isEqualTo(200);
        JsonNode undone = admin.get(files.path("/sponsors/" + existing)).json();
        assertThat(undone.get("phone").getStringValue()).isEqualTo(before.get("phone").getStringValue());
        assertThat(undone.get("name").getStringValue()).isEqualTo("既存の病院");
        assertThat(undone.get("archived").getBooleanValue()).isFalse();
        assertThat(admin.get(files.path("/sponsors?q=きぞん")).json().get("total").getLongValue()).as("searchable as before").isEqualTo(1);
        JsonNode history = admin.get(files.path("/sponsors/" + existing + "/history")).json();
        assertThat(history.get(0).get("action").getStringValue()).isEqualTo("updated");
        assertThat(history.get(0).get("changes").get(0).get("field").getStringValue()).isEqualTo("import");
        assertThat(history.get(0).get("changes").get(2).get("to").getStringValue()).isEqualTo(before.get("phone").getStringValue());
    }

    @Test
    void aPreviewLeftForADayExpiresAndItsStagedRowsGo() throws Exception {
        byte[] file = (HEADER + "古い病院,フルイビョウイン,病院,,,," + YEAR + ",1\r\n").getBytes(CP932);
        String old = files.preview(file, "roster.csv", "").get("importId").getStringValue();
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
            st.executeUpdate("update roster_imports set created_at = now() - interval '25 hours' where id = '" + old + "'");
        }
        files.preview(file, "roster.csv", "");

        Api.Reply apply = admin.post(files.path("/roster/import/" + old + "/apply"), "{}");
        assertThat(apply.status()).isEqualTo(409);
        assertThat(apply.body()).contains("1日以上たった");
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select (select count(*) from roster_import_sponsors where import_id = '" + old + "')"
                     + " + (select count(*) from roster_import_years where import_id = '" + old + "')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(count()).isZero();
    }

    @Test
    void anotherRegionCannotUseTheImportId() {
        byte[] file = (HEADER + "良い病院,ヨイビョウイン,病院,,,,,\r\n").getBytes(CP932);
        String id = files.preview(file, "roster.csv", "").get("importId").getStringValue();
        assertThat(kishiwada().post("/api/v1/regions/kishiwada/roster/import/" + id + "/apply", "{}").status()).isEqualTo(404);
        assertThat(kishiwada().get("/api/v1/regions/kishiwada/roster/import/" + id).status()).isEqualTo(404);
        assertThat(kishiwada().post("/api/v1/regions/kishiwada/roster/import/" + id + "/undo", "{}").status()).isEqualTo(404);
        assertThat(count()).isZero();
    }

    @Test
    void aTextCsvBodyIsAcceptedToo() {
        Api.Reply reply = admin.send("POST", files.path("/roster/import/preview?fileName=roster.csv"),
                "名称,フリガナ,カテゴリ\r\n大和の病院,ヤマトノビョウイン,病院\r\n", "text/csv");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("create").getIntValue()).isEqualTo(1);
    }

    private long created(String body) {
        Api.Reply reply = admin.post(files.path("/sponsors"), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
    }

    private void decided(long sponsor, int year, String body) {
        Api.Reply reply = admin.put(files.path("/sponsors/" + sponsor + "/sponsorships/" + year), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private long count() {
        return admin.get(files.path("/sponsors?status=all")).json().get("total").getLongValue();
    }
}
