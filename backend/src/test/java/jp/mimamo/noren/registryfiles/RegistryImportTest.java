package jp.mimamo.noren.registryfiles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.audit.AccessLogRows;
import jp.mimamo.noren.keychains.RegistrationNumber;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing a region's existing registry from a file: preview, apply in one transaction, undo, and the export that round-trips. */
@MicronautTest
class RegistryImportTest extends ApiTestBase {
    private static final AtomicInteger TOWNS = new AtomicInteger();
    private static final Charset CP932 = Charset.forName("windows-31j");
    static final String HEADER = "鍵番号,氏名,フリガナ,生年月日,性別,郵便番号,住所,電話,センター,同意日,同意書の版,開示先,状態,"
            + "緊急連絡先1 氏名,緊急連絡先1 続柄,緊急連絡先1 電話,かかりつけ医,既往歴,服薬\r\n";
    static final String THREE = HEADER
            + ",大森 花子,オオモリ ハナコ,昭和15年4月1日,女,143-0016,東京都大田区大森北1-1-1,03-3761-0001,大森地域包括支援センター,2025/6/1,2024年4月版,病院・警察・消防,登録中,大森 一郎,長男,090-0000-0001,大森クリニック,高血圧,降圧剤\r\n"
            + ",入新井 太郎,いりあらい たろう,S12.11.3,男性,143-0016,東京都大田区大森北2-2-2,,入新井地域包括支援センター,令和7年5月1日,2024年4月版,病院,入院中,,,,,,\r\n"
            + ",山王 トメ,サンノウ トメ,1938-01-15,女性,,東京都大田区山王3-3-3,03-3761-0003,大森地域包括支援センター,2025-04-10,2024年4月版,,登録中,山王 次郎,次男,03-3761-9003,,,\r\n";
    private String region;
    private RegistryWorld world;
    private RegistryUploads admin;
    private RegistryUploads staff;

    @BeforeEach
    void aRegionWithTwoCentres() {
        region = "registry-import-" + TOWNS.incrementAndGet();
        regions.ensure(new Region(region, "名簿取り込み町", "Registry Import Town"));
        world = RegistryWorld.in(api(), region);
        admin = new RegistryUploads(server.getURI(), json, region, TestTokens.regionAdmin(region));
        staff = new RegistryUploads(server.getURI(), json, region, TestTokens.centreStaff(region));
    }

    @Test
    void aCp932FileOfThreeRegistrantsWithJapaneseEraDatesIsPreviewedAppliedAndLogged() {
        JsonNode preview = admin.preview(THREE.getBytes(CP932), "登録者.csv", "");

        JsonNode summary = preview.get("summary");
        assertThat(summary.get("encoding").getStringValue()).isEqualTo("windows-31j");
        assertThat(summary.get("rows").getIntValue()).isEqualTo(3);
        assertThat(summary.get("create").getIntValue()).as(preview.toString()).isEqualTo(3);
        assertThat(summary.get("rejectedCount").getIntValue()).isZero();
        assertThat(summary.get("sample").get(1).get("centre").getStringValue()).isEqualTo("入新井地域包括支援センター");
        assertThat(summary.get("columns").values()).extracting(c -> c.get("field").getStringValue()).contains("NAME", "BIRTH_DATE", "CONTACT_1_PHONE");
        assertThat(searchTotal("")).as("nothing written by the preview").isZero();

        long before = AccessLogRows.lastId(region);
        JsonNode applied = admin.apply(preview.get("importId").getStringValue());

        assertThat(applied.get("status").getStringValue()).as(applied.toString()).isEqualTo("applied");
        assertThat(applied.get("done").getIntValue()).isEqualTo(3);
        JsonNode hanako = registrant("大森 花子");
        assertThat(hanako.get("birthDate").getStringValue()).isEqualTo("1940-04-01");
        assertThat(hanako.get("nameKana").getStringValue()).isEqualTo("オオモリ ハナコ");
        assertThat(hanako.get("consent").get("discloseTo").values()).extracting(JsonNode::getStringValue).containsExactly("hospital", "police", "fire");
        assertThat(hanako.get("connections").get(0).get("kind").getStringValue()).isEqualTo("family");
        assertThat(hanako.get("medical").get("familyDoctor").getStringValue()).isEqualTo("大森クリニック");
        JsonNode taro = world.otherStaff().get(world.path("/registrants/" + id("入新井 太郎"))).json();
        assertThat(taro.get("birthDate").getStringValue()).isEqualTo("1937-11-03");
        assertThat(taro.get("nameKana").getStringValue()).isEqualTo("イリアライ タロウ");
        assertThat(taro.get("status").getStringValue()).isEqualTo("in-hospital");
        assertThat(taro.get("consent").get("consentedOn").getStringValue()).isEqualTo("2025-05-01");
        List<AccessLogRows.Row> entries = AccessLogRows.since(region, before).stream().filter(r -> r.action().equals("create")).toList();
        assertThat(entries).hasSize(3);
        assertThat(entries).allSatisfy(e -> assertThat(e.username()).isEqualTo(region + "-admin"));
    }

    @Test
    void theExportImportsBackWithNoChangeInCsvCp932AndXlsx() {
        admin.apply(admin.preview(THREE.getBytes(CP932), "登録者.csv", "issueNumbers=true").get("importId").getStringValue());
        world.register(RegistrantFixtures.aResident());

        for (String query : List.of("format=csv&encoding=cp932", "format=csv", "format=xlsx")) {
            HttpResponse<byte[]> file = admin.export(query + "&reason=" + URLEncoder.encode("名簿の移行の確認", StandardCharsets.UTF_8));
            assertThat(file.statusCode()).as(query).isEqualTo(200);
            JsonNode again = admin.preview(file.body(), query.contains("xlsx") ? "名簿.xlsx" : "名簿.csv", "");
            JsonNode summary = again.get("summary");
            assertThat(summary.get("rejectedCount").getIntValue()).as(again.toString()).isZero();
            assertThat(summary.get("unchanged").getIntValue()).as(query + " " + again).isEqualTo(4);
            assertThat(summary.get("create").getIntValue() + summary.get("update").getIntValue()).isZero();
        }
    }

    @Test
    void centreStaffExportTheirOwnCentreAndTheAdminNeedsAReason() {
        admin.apply(admin.preview(THREE.getBytes(CP932), "登録者.csv", "").get("importId").getStringValue());
        long before = AccessLogRows.lastId(region);

        HttpResponse<byte[]> own = staff.export("format=csv");
        assertThat(own.statusCode()).isEqualTo(200);
        String text = new String(own.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("大森 花子", "山王 トメ").doesNotContain("入新井 太郎");
        List<AccessLogRows.Row> logged = AccessLogRows.since(region, before);
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).action()).isEqualTo("export");

        HttpResponse<byte[]> noReason = admin.export("format=csv");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(new String(noReason.body(), StandardCharsets.UTF_8)).contains("理由");
    }

    @Test
    void rowsThatCannotBeImportedAreListedInJapaneseAndTheImportCannotBeApplied() {
        String number = world.issueKeychain(world.register(RegistrantFixtures.aResident()));
        String wrongCheck = number.substring(0, number.length() - 1) + ((number.charAt(number.length() - 1) - '0' + 1) % 10);
        String csv = HEADER
                + ",日付 悪子,ヒヅケ アクコ,昭和70年1月1日,女,,東京都大田区1,,大森地域包括支援センター,2025-06-01,v1,,,,,,,,\r\n"
                + wrongCheck + ",番号 違子,バンゴウ チガコ,1940-01-01,女,,東京都大田区2,,大森地域包括支援センター,2025-06-01,v1,,,,,,,,\r\n"
                + validNumber("ZZZ12345678") + ",他 地域,ホカ チイキ,1940-01-01,女,,東京都大田区3,,大森地域包括支援センター,2025-06-01,v1,,,,,,,,\r\n"
                + ",所属 無子,ショゾク ナシコ,1940-01-01,女,,東京都大田区4,,どこかのセンター,2025-06-01,v1,,,,,,,,\r\n"
                + ",よみ 無子,,1940-01-01,女,,東京都大田区5,,大森地域包括支援センター,2025-06-01,v1,火事,,,,,,,\r\n"
                + ",正しい 人,タダシイ ヒト,1940-01-01,女,,東京都大田区6,,大森地域包括支援センター,2025-06-01,v1,,,,,,,,\r\n"
                + ",正しい 人,タダシイ ヒト,1940-01-01,女,,東京都大田区6,,大森地域包括支援センター,2025-06-01,v1,,,,,,,,\r\n";

        JsonNode preview = admin.preview(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), "登録者.csv", "");

        JsonNode summary = preview.get("summary");
        assertThat(summary.get("encoding").getStringValue()).isEqualTo("UTF-8");
        assertThat(summary.get("rejectedCount").getIntValue()).as(preview.toString()).isEqualTo(6);
        List<String> messages = new java.util.ArrayList<>();
        for (JsonNode rejected : summary.get("rejected").values()) {
            List<String> said = new java.util.ArrayList<>();
            rejected.get("messages").values().forEach(m -> said.add(m.getStringValue()));
            messages.add(rejected.get("row").getIntValue() + ":" + String.join(" / ", said));
        }
        assertThat(messages.get(0)).startsWith("2:生年月日: 日付として読めません");
        assertThat(messages.get(1)).startsWith("3:鍵番号: 鍵番号のチェック数字が合いません");
        assertThat(messages.get(2)).startsWith("4:鍵番号: この地域の鍵番号ではありません");
        assertThat(messages.get(3)).startsWith("5:センター: このセンターは登録されていません（どこかのセンター）");
        assertThat(messages.get(4)).contains("開示先: 次のどれかで入力してください").contains("フリガナ:");
        assertThat(messages.get(5)).startsWith("8:同じ人がファイルの 7 行目にもあります");

        Api.Reply apply = admin.api().post(admin.path("/registry/import/" + preview.get("importId").getStringValue() + "/apply"), "{}");
        assertThat(apply.status()).isEqualTo(409);
        assertThat(apply.json().get("detail").getStringValue()).contains("取り込めない行が 6 行あります");
    }

    @Test
    void aFileWithoutARequiredColumnNamesItAndStagesNothing() {
        JsonNode preview = admin.preview("氏名,住所\r\n大森 花子,東京都\r\n".getBytes(StandardCharsets.UTF_8), "a.csv", "");

        assertThat(preview.get("importId").isNull()).isTrue();
        assertThat(preview.get("missing").values()).extracting(JsonNode::getStringValue)
                .containsExactly("フリガナ", "生年月日", "同意日", "同意書の版");
    }

    @Test
    void aRowWithAKnownNumberUpdatesThatRegistrantAndUndoPutsEverythingBack() {
        long hana = world.register(RegistrantFixtures.aResident());
        String number = world.issueKeychain(hana);
        String display = RegistrationNumber.parse(number).display();
        String csv = HEADER
                + display + ",山田 ハナ,ヤマダ ハナ,1940-03-02,女性,143-0016,東京都大田区大森北9-9-9,03-3761-1234,大森地域包括支援センター,2025-06-01,2024年4月版,病院・警察・消防,入院中,山田 一郎,長男,090-1234-5678,大森北クリニック 田中医師,高血圧・軽度の認知症,降圧剤（朝1回）\r\n"
                + ",新しい 人,アタラシイ ヒト,1941-02-03,女性,,東京都大田区新1,,大森地域包括支援センター,2025-06-01,2024年4月版,,登録中,,,,,,\r\n";
        JsonNode preview = staff.preview(csv.getBytes(StandardCharsets.UTF_8), "a.csv", "issueNumbers=true");
        JsonNode summary = preview.get("summary");
        assertThat(summary.get("update").getIntValue()).as(preview.toString()).isEqualTo(1);
        assertThat(summary.get("create").getIntValue()).isEqualTo(1);
        assertThat(summary.get("issue").getIntValue()).isEqualTo(1);
        assertThat(summary.get("sample").get(0).get("changed").values()).extracting(JsonNode::getStringValue).containsExactly("住所", "状態");

        JsonNode applied = staff.apply(preview.get("importId").getStringValue());
        assertThat(applied.get("status").getStringValue()).as(applied.toString()).isEqualTo("applied");
        JsonNode updated = world.staff().get(world.path("/registrants/" + hana)).json();
        assertThat(updated.get("address").getStringValue()).isEqualTo("東京都大田区大森北9-9-9");
        assertThat(updated.get("status").getStringValue()).isEqualTo("in-hospital");
        assertThat(updated.get("connections").size()).as("connections after the first three stay").isEqualTo(3);
        JsonNode created = world.staff().get(world.path("/registrants/" + id("新しい 人"))).json();
        String issued = created.get("keychains").get(0).get("number").getStringValue();
        assertThat(issued).startsWith(number.substring(0, 3));
        assertThat(RegistrationNumber.isValid(issued)).isTrue();

        Api.Reply undone = staff.api().post(staff.path("/registry/import/" + preview.get("importId").getStringValue() + "/undo"), "{}");

        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("removed").getIntValue()).isEqualTo(1);
        assertThat(undone.json().get("restored").getIntValue()).isEqualTo(1);
        JsonNode restored = world.staff().get(world.path("/registrants/" + hana)).json();
        assertThat(restored.get("address").getStringValue()).isEqualTo(RegistrantFixtures.ADDRESS);
        assertThat(restored.get("status").getStringValue()).isEqualTo("active");
        assertThat(restored.get("connections").values()).extracting(c -> c.get("kind").getStringValue())
                .containsExactly("family", "neighbour", "place");
        assertThat(searchTotal("アタラシイ")).isZero();
        assertThat(KeychainNumbers.retired(world.region())).as("the undone number is kept, never to be drawn again").contains(issued);
        assertThat(KeychainNumbers.insertAgain(world.region(), issued, hana)).as("inserting it again is skipped").isZero();
        Api.Reply twice = staff.api().post(staff.path("/registry/import/" + preview.get("importId").getStringValue() + "/undo"), "{}");
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void undoIsRefusedOnceAnImportedRegistrantWasChanged() {
        JsonNode preview = staff.preview(THREE.getBytes(CP932), "a.csv", "");
        assertThat(preview.get("summary").get("rejectedCount").getIntValue()).as("staff may not import another centre's rows")
                .isEqualTo(1);
        String ownOnly = HEADER + THREE.lines().skip(1).filter(l -> !l.contains("入新井")).map(l -> l + "\r\n").reduce("", String::concat);
        JsonNode own = staff.preview(ownOnly.getBytes(CP932), "a.csv", "");
        staff.apply(own.get("importId").getStringValue());
        long tome = id("山王 トメ");
        JsonNode view = world.staff().get(world.path("/registrants/" + tome)).json();
        Api.Reply edit = world.staff().put(world.path("/registrants/" + tome), RegistrantFixtures.aResident()
                .with("name", "山王 トメ").with("nameKana", "サンノウ トメ").with("version", view.get("version").getIntValue()).json());
        assertThat(edit.status()).as(edit.toString()).isEqualTo(200);

        Api.Reply undo = staff.api().post(staff.path("/registry/import/" + own.get("importId").getStringValue() + "/undo"), "{}");

        assertThat(undo.status()).isEqualTo(409);
        assertThat(undo.json().get("detail").getStringValue()).isEqualTo("取り込み後に変更された登録者があるため、取り消せません: 山王 トメ");
        assertThat(searchTotal("")).isEqualTo(2);
        Api.Reply other = world.otherStaff().post(world.path("/registry/import/" + own.get("importId").getStringValue() + "/undo"), "{}");
        assertThat(other.status()).isEqualTo(403);
    }

    @Test
    void aDatabaseFailureInTheMiddleOfAnImportLeavesTheRegistryAsItWas() throws SQLException {
        long hana = world.register(RegistrantFixtures.aResident());
        String number = world.issueKeychain(hana);
        String before = snapshot();
        long logBefore = AccessLogRows.count(region);
        String function = "fail_" + region.replace('-', '_');
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
            st.execute("create function " + function + "() returns trigger language plpgsql as $$ begin"
                    + " if new.region_id = '" + region + "' and new.name = '山王 次郎' then raise exception 'disk full'; end if;"
                    + " return new; end $$");
            st.execute("create trigger " + function + " before insert on registrant_connections for each row execute function " + function + "()");
        }
        try {
            String csv = THREE + RegistrationNumber.parse(number).display()
                    + ",山田 ハナ,ヤマダ ハナ,1940-03-02,女性,143-0016,東京都大田区大森北9-9-9,,,2025-06-01,2024年4月版,,,,,,,,\r\n";
            JsonNode preview = admin.preview(csv.getBytes(CP932), "a.csv", "issueNumbers=true");
            assertThat(preview.get("summary").get("create").getIntValue()).as(preview.toString()).isEqualTo(3);
            assertThat(preview.get("summary").get("update").getIntValue()).isEqualTo(1);

            JsonNode failed = admin.apply(preview.get("importId").getStringValue());

            assertThat(failed.get("status").getStringValue()).isEqualTo("failed");
            assertThat(failed.get("error").getStringValue()).isEqualTo("取り込み中にエラーが起きたため、何も書き込まれていません。もう一度お試しください。");
            assertThat(snapshot()).isEqualTo(before);
            assertThat(AccessLogRows.count(region)).isEqualTo(logBefore);
        } finally {
            try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
                st.execute("drop trigger " + function + " on registrant_connections");
                st.execute("drop function " + function + "()");
            }
        }
    }

    @Test
    void anAnnouncedBodyOverTheLimitIsRefusedWithA413() {
        HttpResponse<String> reply = admin.upload(new byte[33 * 1024 * 1024], "a.csv", "");

        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(reply.body()).contains("32");
    }

    /** The number with these first eleven characters and the check digit that makes it valid. */
    private static String validNumber(String first) {
        for (int check = 0; check <= 9; check++) {
            if (RegistrationNumber.isValid(first + check)) {
                return first + check;
            }
        }
        throw new IllegalStateException("no check digit for " + first);
    }

    private String snapshot() throws SQLException {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select coalesce((select string_agg(id || ':' || coalesce(name, '') || ':' || address || ':' || version,"
                     + " ',' order by id) from registrants where region_id = '" + region + "'), '')"
                     + " || '|' || (select count(*) from registrant_connections where region_id = '" + region + "')"
                     + " || '|' || (select count(*) from keychains where region_id = '" + region + "')"
                     + " || '|' || (select count(*) from registrant_status_changes where region_id = '" + region + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long searchTotal(String words) {
        return world.admin().get(world.path("/registrants?status=all&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)))
                .json().get("total").getLongValue();
    }

    private long id(String name) {
        JsonNode page = world.admin().get(world.path("/registrants?status=all&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).json();
        assertThat(page.get("total").getLongValue()).as(name).isEqualTo(1);
        return page.get("items").get(0).get("id").getLongValue();
    }

    private JsonNode registrant(String name) {
        return world.staff().get(world.path("/registrants/" + id(name))).json();
    }
}
