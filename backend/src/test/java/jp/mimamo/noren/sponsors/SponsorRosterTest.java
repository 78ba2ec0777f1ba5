package jp.mimamo.noren.sponsors;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class SponsorRosterTest extends ApiTestBase {

    @Test
    void registersASponsorWithItsContactsAndNormalisedFields() {
        Api.Reply created = yamato().post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aHospital()
                .with("name", "登録テスト病院").with("nameKana", "ﾄｳﾛｸﾃｽﾄﾋﾞｮｳｲﾝ").with("postalCode", "１４３００２３").json());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode sponsor = created.json();
        assertThat(sponsor.get("nameKana").getStringValue()).isEqualTo("トウロクテストビョウイン");
        assertThat(sponsor.get("postalCode").getStringValue()).isEqualTo("143-0023");
        assertThat(sponsor.get("version").getIntValue()).isZero();
        assertThat(sponsor.get("contacts").get(0).get("name").getStringValue()).isEqualTo("山田 花子");

        Api.Reply read = yamato().get("/api/v1/regions/yamato/sponsors/" + sponsor.get("id").getLongValue());
        assertThat(read.json().get("name").getStringValue()).isEqualTo("登録テスト病院");
    }

    @Test
    void findsASponsorByReadingWhateverTheWidthOrScript() {
        yamato().post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aHospital()
                .with("name", "ＡＢＣ介護センター").with("nameKana", "エービーシーカイゴセンター").with("categoryCode", "care").json());

        for (String query : List.of("ｴｰﾋﾞｰｼｰ", "えーびーしー", "エービーシー", "abc", "ABC", "ＡＢＣ介護")) {
            JsonNode page = yamato().get("/api/v1/regions/yamato/sponsors?q=" + encode(query)).json();
            assertThat(names(page)).as(query).contains("ＡＢＣ介護センター");
        }
        assertThat(names(yamato().get("/api/v1/regions/yamato/sponsors?q=" + encode("存在しない名前")).json())).isEmpty();
    }

    @Test
    void filtersSortsAndPagesTheRoster() {
        for (String kana : List.of("アオバ", "イロハ", "ウメ")) {
            yamato().post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aPharmacy()
                    .with("name", "ページ薬局" + kana).with("nameKana", "ページヤッキョク" + kana).json());
        }
        String base = "/api/v1/regions/yamato/sponsors?category=pharmacy&q=" + encode("ページヤッキョク");
        JsonNode first = yamato().get(base + "&size=2&sort=kana&dir=desc").json();
        assertThat(first.get("total").getLongValue()).isEqualTo(3);
        assertThat(names(first)).containsExactly("ページ薬局ウメ", "ページ薬局イロハ");
        JsonNode second = yamato().get(base + "&size=2&page=1&sort=kana&dir=desc").json();
        assertThat(names(second)).containsExactly("ページ薬局アオバ");
        JsonNode hospitals = yamato().get("/api/v1/regions/yamato/sponsors?category=hospital&q=" + encode("ページヤッキョク")).json();
        assertThat(hospitals.get("total").getLongValue()).isZero();
    }

    @Test
    void editsWithTheVersionReadAndRefusesAStaleOne() {
        JsonNode sponsor = create(SponsorFixtures.aHospital().with("name", "版管理病院"));
        String path = "/api/v1/regions/yamato/sponsors/" + sponsor.get("id").getLongValue();

        Api.Reply edited = yamato().put(path, SponsorFixtures.aHospital().with("name", "版管理病院（新）").with("version", 0).json());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("version").getIntValue()).isEqualTo(1);

        Api.Reply stale = yamato().put(path, SponsorFixtures.aHospital().with("name", "上書きされる名前").with("version", 0).json());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().get("type").getStringValue()).endsWith("/stale-version");
        assertThat(yamato().get(path).json().get("name").getStringValue()).isEqualTo("版管理病院（新）");
    }

    @Test
    void archivesAndRestoresAndKeepsTheHistory() {
        JsonNode sponsor = create(SponsorFixtures.aHospital().with("name", "履歴病院"));
        String path = "/api/v1/regions/yamato/sponsors/" + sponsor.get("id").getLongValue();
        yamato().put(path, SponsorFixtures.aHospital().with("name", "履歴病院").with("phone", "03-9999-0000").with("version", 0).json());
        Api.Reply archived = yamato().post(path + "/archive", "{\"version\":1}");
        assertThat(archived.json().get("archived").getBooleanValue()).isTrue();
        assertThat(names(yamato().get("/api/v1/regions/yamato/sponsors?q=" + encode("履歴病院")).json())).isEmpty();
        assertThat(names(yamato().get("/api/v1/regions/yamato/sponsors?status=archived&q=" + encode("履歴病院")).json())).containsExactly("履歴病院");
        yamato().post(path + "/restore", "{\"version\":2}");

        JsonNode history = yamato().get(path + "/history").json();
        List<String> actions = new ArrayList<>();
        history.values().forEach(entry -> actions.add(entry.get("action").getStringValue()));
        assertThat(actions).containsExactly("restored", "archived", "updated", "created");
        JsonNode update = history.get(2);
        assertThat(update.get("actor").getStringValue()).isEqualTo("yamato-admin");
        assertThat(update.get("changes").get(0).get("field").getStringValue()).isEqualTo("phone");
        assertThat(update.get("changes").get(0).get("from").getStringValue()).isEqualTo("03-1234-5678");
        assertThat(update.get("changes").get(0).get("to").getStringValue()).isEqualTo("03-9999-0000");
    }

    @Test
    void countsActiveSponsorsPerCategoryForTheRegionAndTheRollup() {
        Api otaru = api().as(TestTokens.regionAdmin("otaru"));
        regions.ensure(new jp.mimamo.noren.tenancy.Region("otaru", "小樽", "Otaru"));
        otaru.post("/api/v1/regions/otaru/sponsors", SponsorFixtures.aHospital().json());
        otaru.post("/api/v1/regions/otaru/sponsors", SponsorFixtures.aHospital().with("name", "二つ目の病院").json());
        JsonNode pharmacy = otaru.post("/api/v1/regions/otaru/sponsors", SponsorFixtures.aPharmacy().json()).json();
        otaru.post("/api/v1/regions/otaru/sponsors/" + pharmacy.get("id").getLongValue() + "/archive", "{\"version\":0}");

        JsonNode counts = otaru.get("/api/v1/regions/otaru/sponsors/counts").json();
        assertThat(counts.size()).isEqualTo(1);
        assertThat(counts.get(0).get("categoryCode").getStringValue()).isEqualTo("hospital");
        assertThat(counts.get(0).get("count").getLongValue()).isEqualTo(2);

        JsonNode report = api().as(TestTokens.headOffice()).get("/api/v1/hq/statistics/sponsor-counts").json();
        List<String> otaruCells = new ArrayList<>();
        report.get("counts").values().forEach(cell -> {
            if (cell.get("regionCode").getStringValue().equals("otaru")) {
                otaruCells.add(cell.get("categoryCode").getStringValue() + "=" + (cell.get("suppressed").getBooleanValue()
                        ? "suppressed" : String.valueOf(cell.get("count").getLongValue())));
            }
        });
        assertThat(otaruCells).as("two sponsors are below head office's threshold of 5").containsExactly("hospital=suppressed");
    }

    private JsonNode create(SponsorFixtures fixture) {
        Api.Reply reply = yamato().post("/api/v1/regions/yamato/sponsors", fixture.json());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").values().forEach(item -> names.add(item.get("name").getStringValue()));
        return names;
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
