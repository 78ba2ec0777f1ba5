package jp.mimamo.noren.rosterfiles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A region admin exports the roster, edits it in Excel and imports it back: preview, apply, undo. */
@MicronautTest
class RosterFilesTest extends ApiTestBase {
    private static final AtomicInteger TOWNS = new AtomicInteger();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String HEADER = "名称,フリガナ,カテゴリ,郵便番号,電話番号,入会日,口数\r\n";
    private String region;
    private Api admin;

    @BeforeEach
    void aRegionOfItsOwn() {
        region = "roster-town-" + TOWNS.incrementAndGet();
        regions.ensure(new Region(region, "名簿テスト町", "Roster Town"));
        admin = api().as(TestTokens.regionAdmin(region));
    }

    @Test
    void exportedFilesReimportAsAllUnchanged() throws Exception {
        created(SponsorFixtures.aHospital().with("name", "髙﨑①病院").json());
        created(SponsorFixtures.aHospital().with("name", "㈱髙橋商事").with("categoryCode", "company").json());
        for (String query : new String[] {"format=xlsx", "format=csv&encoding=cp932", "format=csv&encoding=utf-8-bom"}) {
            HttpResponse<byte[]> file = get("/roster/export?" + query);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
            String name = query.contains("xlsx") ? "roster.xlsx" : "roster.csv";
            JsonNode preview = preview(file.body(), name, "");
            assertThat(preview.get("rows").getIntValue()).as(query).isEqualTo(2);
            assertThat(preview.get("unchanged").getIntValue()).as(preview.toString()).isEqualTo(2);
            assertThat(preview.get("create").getIntValue()).isZero();
            assertThat(preview.get("rejected").size()).isZero();
        }
        assertThat(new String(get("/roster/export?format=csv&encoding=cp932").body(), CP932)).contains("髙﨑①病院", "㈱髙橋商事", "病院", "企業");
    }

    @Test
    void aCp932FileCreatesSponsorsAndUndoArchivesThem() throws Exception {
        byte[] file = (HEADER + "髙﨑①クリニック,タカサキクリニック,病院,1234567,03-1234-5678,2024/4/1,2\r\n"
                + "㈱みまも,ミマモ,company,,,,\r\n").getBytes(CP932);
        JsonNode preview = preview(file, "roster.csv", "cp932");
        assertThat(preview.get("create").getIntValue()).as(preview.toString()).isEqualTo(2);
        String id = preview.get("importId").getStringValue();
        assertThat(count()).isZero();

        Api.Reply applied = admin.post(path("/roster/import/" + id + "/apply"), "{}");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("created").getIntValue()).isEqualTo(2);
        JsonNode list = admin.get(path("/sponsors?status=all&sort=kana")).json().get("items");
        assertThat(list.get(0).get("name").getStringValue()).isEqualTo("髙﨑①クリニック");
        long sponsorId = list.get(0).get("id").getLongValue();
        JsonNode history = admin.get(path("/sponsors/" + sponsorId + "/history")).json();
        assertThat(history.get(0).get("changes").get(0).get("to").getStringValue()).isEqualTo(id);
        assertThat(admin.post(path("/roster/import/" + id + "/apply"), "{}").status()).isEqualTo(409);

        Api.Reply undone = admin.post(path("/roster/import/" + id + "/undo"), "{}");
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("archived").getIntValue()).isEqualTo(2);
        assertThat(admin.get(path("/sponsors?status=active")).json().get("total").getLongValue()).isZero();
        assertThat(admin.post(path("/roster/import/" + id + "/undo"), "{}").status()).isEqualTo(409);
    }

    @Test
    void rejectedRowsAreListedInJapaneseAndNothingIsApplied() throws Exception {
        byte[] file = (HEADER + "良い病院,ヨイビョウイン,病院,,,,1\r\n"
                + "謎の団体,ナゾノダンタイ,宇宙人,,,,1\r\n"
                + "負の薬局,フノヤッキョク,薬局,,,,-3\r\n").getBytes(CP932);
        JsonNode preview = preview(file, "roster.csv", "");
        assertThat(preview.get("create").getIntValue()).isEqualTo(1);
        JsonNode rejected = preview.get("rejected");
        assertThat(rejected.size()).isEqualTo(2);
        assertThat(rejected.get(0).get("row").getIntValue()).isEqualTo(3);
        assertThat(rejected.get(0).get("messages").get(0).getStringValue()).contains("カテゴリ", "宇宙人");
        assertThat(rejected.get(1).get("row").getIntValue()).isEqualTo(4);
        assertThat(rejected.get(1).get("messages").get(0).getStringValue()).contains("口数");
        Api.Reply apply = admin.post(path("/roster/import/" + preview.get("importId").getStringValue() + "/apply"), "{}");
        assertThat(apply.status()).isEqualTo(409);
        assertThat(apply.body()).contains("取り込めない行");
        assertThat(count()).isZero();
    }

    @Test
    void aMalformedCsvIsA400AndNothingIsStored() throws Exception {
        byte[] file = (HEADER + "\"閉じない引用符,ヨイ,病院\r\n").getBytes(CP932);
        HttpResponse<String> reply = upload(file, "roster.csv", "");
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reply.body()).contains("引用符");
        assertThat(count()).isZero();
    }

    @Test
    void applyIsAllOrNothingWhenASponsorChangedSincePreview() throws Exception {
        long existing = created(SponsorFixtures.aHospital().with("name", "既存の病院").with("nameKana", "キゾンノビョウイン").json());
        byte[] file = (HEADER + "新しい薬局,アタラシイヤッキョク,薬局,,,,\r\n"
                + "既存の病院,キゾンノビョウイン,病院,,,,\r\n").getBytes(CP932);
        JsonNode preview = preview(file, "roster.csv", "");
        assertThat(preview.get("create").getIntValue()).isEqualTo(1);
        assertThat(preview.get("update").getIntValue()).as(preview.toString()).isEqualTo(1);
        Api.Reply edited = admin.put(path("/sponsors/" + existing), SponsorFixtures.aHospital().with("name", "既存の病院")
                .with("nameKana", "キゾンノビョウイン").with("notes", "プレビュー後の変更").with("version", 0).json());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        Api.Reply apply = admin.post(path("/roster/import/" + preview.get("importId").getStringValue() + "/apply"), "{}");
        assertThat(apply.status()).isEqualTo(409);
        assertThat(count()).as("the row created before the failure is rolled back").isEqualTo(1);
    }

    @Test
    void anUpdateChangesOnlyTheChangedFieldsAndUndoPutsThemBack() throws Exception {
        long existing = created(SponsorFixtures.aHospital().with("name", "既存の病院").with("nameKana", "キゾンノビョウイン")
                .with("notes", "元の備考").json());
        JsonNode before = admin.get(path("/sponsors/" + existing)).json();
        byte[] file = ("名称,フリガナ,カテゴリ,電話番号\r\n既存の　病院 ,きぞんのびょういん,病院,06-1111-2222\r\n").getBytes(CP932);
        JsonNode preview = preview(file, "roster.csv", "");
        assertThat(preview.get("update").getIntValue()).as(preview.toString()).isEqualTo(1);
        String id = preview.get("importId").getStringValue();
        assertThat(admin.post(path("/roster/import/" + id + "/apply"), "{}").status()).isEqualTo(200);
        JsonNode after = admin.get(path("/sponsors/" + existing)).json();
        assertThat(after.get("phone").getStringValue()).isEqualTo("06-1111-2222");
        assertThat(after.get("notes").getStringValue()).as("a column the file lacks is kept").isEqualTo("元の備考");

        assertThat(admin.post(path("/roster/import/" + id + "/undo"), "{}").status()).isEqualTo(200);
        JsonNode undone = admin.get(path("/sponsors/" + existing)).json();
        assertThat(undone.get("phone").getStringValue()).isEqualTo(before.get("phone").getStringValue());
        assertThat(undone.get("name").getStringValue()).isEqualTo("既存の病院");
        assertThat(undone.get("archived").getBooleanValue()).isFalse();
        JsonNode history = admin.get(path("/sponsors/" + existing + "/history")).json();
        assertThat(history.get(0).get("action").getStringValue()).isEqualTo("updated");
        assertThat(history.get(0).get("changes").get(0).get("field").getStringValue()).isEqualTo("import");
    }

    @Test
    void anotherRegionCannotUseTheImportId() throws Exception {
        byte[] file = (HEADER + "良い病院,ヨイビョウイン,病院,,,,\r\n").getBytes(CP932);
        String id = preview(file, "roster.csv", "").get("importId").getStringValue();
        assertThat(kishiwada().post("/api/v1/regions/kishiwada/roster/import/" + id + "/apply", "{}").status()).isEqualTo(404);
        assertThat(kishiwada().post("/api/v1/regions/kishiwada/roster/import/" + id + "/undo", "{}").status()).isEqualTo(404);
        assertThat(count()).isZero();
    }

    @Test
    void aTextCsvBodyIsAcceptedToo() {
        Api.Reply reply = admin.send("POST", path("/roster/import/preview?fileName=roster.csv"),
                "名称,フリガナ,カテゴリ\r\n大和の病院,ヤマトノビョウイン,病院\r\n", "text/csv");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("create").getIntValue()).isEqualTo(1);
    }

    private long created(String body) {
        Api.Reply reply = admin.post(path("/sponsors"), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
    }

    private long count() {
        return admin.get(path("/sponsors?status=all")).json().get("total").getLongValue();
    }

    private JsonNode preview(byte[] file, String fileName, String encoding) throws Exception {
        HttpResponse<String> reply = upload(file, fileName, encoding);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return json.readValue(reply.body(), JsonNode.class);
    }

    private HttpResponse<String> upload(byte[] file, String fileName, String encoding) throws Exception {
        String query = "?fileName=" + fileName + (encoding.isEmpty() ? "" : "&encoding=" + encoding);
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path("/roster/import/preview" + query)))
                .header("Authorization", "Bearer " + TestTokens.regionAdmin(region)).header("Accept-Language", "ja")
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(String rest) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path(rest)))
                .header("Authorization", "Bearer " + TestTokens.regionAdmin(region)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private String path(String rest) {
        return "/api/v1/regions/" + region + rest;
    }
}
