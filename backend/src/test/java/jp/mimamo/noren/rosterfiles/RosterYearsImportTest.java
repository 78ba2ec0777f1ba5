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

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static jp.mimamo.noren.rosterfiles.RosterFilesTest.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/** Sponsorship years (年度) in a roster file: created, updated with the import as the reason, rejected, undone. */
@MicronautTest
class RosterYearsImportTest extends ApiTestBase {
    private static final AtomicInteger TOWNS = new AtomicInteger();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String HEADER = "名称,フリガナ,カテゴリ,入会日,年度,回答,口数,入金日,入金方法,入金額,年度の備考\r\n";
    private String region;
    private RosterUploads files;
    private Api admin;

    @BeforeEach
    void aRegionOfItsOwn() {
        region = "roster-years-" + TOWNS.incrementAndGet();
        regions.ensure(new Region(region, "年度テスト町", "Years Town"));
        files = new RosterUploads(server.getURI(), json, region);
        admin = files.admin();
    }

    @Test
    void importsYearsWithTheirStatusFeeAndPayment() {
        assertThat(admin.put(files.path("/renewal-settings"), "{\"unitFee\":12000,\"proration\":\"monthly\"}").status()).isEqualTo(200);
        String lastYear = new FiscalYear(YEAR - 1).label(Locale.JAPANESE);
        JsonNode preview = files.preview(utf8WithBom(HEADER
                + "さくら病院,サクラビョウイン,病院,2020-04-01," + lastYear + ",継続,２,2024/6/1,振込,\"24,000\",\r\n"
                + "さくら病院,サクラビョウイン,病院,2020-04-01," + YEAR + "年度,未回答,2,,,,\r\n"
                + "あおば薬局,アオバヤッキョク,薬局," + YEAR + "-10-01,FY" + YEAR + ",新規,1,,,,途中入会\r\n"), "名簿.csv", "");
        assertThat(preview.get("rejectedCount").getIntValue()).as(preview.toString()).isZero();
        assertThat(preview.get("create").getIntValue()).isEqualTo(2);
        assertThat(preview.get("years").get("create").getIntValue()).isEqualTo(3);
        assertThat(preview.get("sample").get(1).get("action").getStringValue()).as("the sponsor's second row").isEqualTo("same");

        assertThat(files.apply(preview.get("importId").getStringValue()).get("status").getStringValue()).isEqualTo("applied");
        JsonNode sakura = years("サクラ");
        assertThat(sakura.size()).isEqualTo(2);
        JsonNode current = sakura.get(0);
        assertThat(current.get("fiscalYear").getIntValue()).isEqualTo(YEAR);
        assertThat(current.get("status").getStringValue()).isEqualTo("pending");
        assertThat(current.get("fee").getIntValue()).isEqualTo(24_000);
        JsonNode previous = sakura.get(1);
        assertThat(previous.get("status").getStringValue()).isEqualTo("renewed");
        assertThat(previous.get("units").getIntValue()).isEqualTo(2);
        assertThat(previous.get("paidOn").getStringValue()).isEqualTo("2024-06-01");
        assertThat(previous.get("paymentMethod").getStringValue()).isEqualTo("transfer");
        assertThat(previous.get("paidAmount").getIntValue()).isEqualTo(24_000);
        JsonNode aoba = years("アオバ").get(0);
        assertThat(aoba.get("status").getStringValue()).isEqualTo("new");
        assertThat(aoba.get("fee").getIntValue()).as("joined in October: 6 of 12 months at 12,000 yen").isEqualTo(6_000);
        assertThat(aoba.get("notes").getStringValue()).isEqualTo("途中入会");
    }

    @Test
    void aDecidedPastYearChangedByAnImportRecordsTheImportAsReasonAndUndoPutsItBack() {
        long sponsor = admin.post(files.path("/sponsors"), SponsorFixtures.aHospital().json()).json().get("id").getLongValue();
        int past = YEAR - 2;
        Api.Reply decided = admin.put(files.path("/sponsors/" + sponsor + "/sponsorships/" + past),
                "{\"status\":\"declined\",\"units\":1,\"reason\":\"紙の記録から\"}");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        JsonNode preview = files.preview(utf8WithBom(HEADER + "山王みなみ病院,サンノウミナミビョウイン,病院,2024-04-01,"
                + past + ",継続,3,,,,\r\n"), "名簿.csv", "");
        assertThat(preview.get("unchanged").getIntValue()).as(preview.toString()).isEqualTo(1);
        assertThat(preview.get("years").get("update").getIntValue()).isEqualTo(1);
        List<String> changed = new ArrayList<>();
        preview.get("sample").get(0).get("yearChanged").values().forEach(v -> changed.add(v.getStringValue()));
        assertThat(changed).containsExactly("status", "units", "fee");
        String id = preview.get("importId").getStringValue();

        assertThat(files.apply(id).get("status").getStringValue()).isEqualTo("applied");
        JsonNode year = admin.get(files.path("/sponsors/" + sponsor + "/sponsorships")).json().get(0);
        assertThat(year.get("status").getStringValue()).isEqualTo("renewed");
        assertThat(year.get("units").getIntValue()).isEqualTo(3);
        assertThat(year.get("fee").getIntValue()).isEqualTo(30_000);
        JsonNode entry = admin.get(files.path("/sponsors/" + sponsor + "/sponsorships/" + past + "/history")).json().get(0);
        assertThat(entry.get("reason").getStringValue()).isEqualTo("名簿の取り込み " + id);
        assertThat(entry.get("action").getStringValue()).isEqualTo("changed");
        assertThat(entry.get("changes").get(0).get("from").getStringValue()).isEqualTo("declined");
        assertThat(entry.get("changes").get(0).get("to").getStringValue()).isEqualTo("renewed");

        Api.Reply undone = admin.post(files.path("/roster/import/" + id + "/undo"), "{}");
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("yearsRestored").getIntValue()).isEqualTo(1);
        JsonNode restored = admin.get(files.path("/sponsors/" + sponsor + "/sponsorships")).json().get(0);
        assertThat(restored.get("status").getStringValue()).isEqualTo("declined");
        assertThat(restored.get("units").getIntValue()).isEqualTo(1);
        assertThat(restored.get("fee").getIntValue()).isEqualTo(10_000);
        JsonNode undoEntry = admin.get(files.path("/sponsors/" + sponsor + "/sponsorships/" + past + "/history")).json().get(0);
        assertThat(undoEntry.get("reason").getStringValue()).isEqualTo("名簿の取り込みの取り消し " + id);
    }

    @Test
    void undoIsRefusedWhenAYearWasChangedAfterTheImport() {
        JsonNode preview = files.preview(utf8WithBom(HEADER + "さくら病院,サクラビョウイン,病院,,"  + YEAR + ",継続,1,,,,\r\n"), "a.csv", "");
        String id = preview.get("importId").getStringValue();
        files.apply(id);
        long sponsor = admin.get(files.path("/sponsors?status=all")).json().get("items").get(0).get("id").getLongValue();
        Api.Reply answered = admin.put(files.path("/sponsors/" + sponsor + "/sponsorships/" + YEAR),
                "{\"status\":\"declined\",\"units\":1,\"reason\":\"電話で辞退\",\"version\":0}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

        Api.Reply undo = admin.post(files.path("/roster/import/" + id + "/undo"), "{}");
        assertThat(undo.status()).isEqualTo(409);
        assertThat(undo.body()).contains("さくら病院");
        assertThat(admin.get(files.path("/sponsors/" + sponsor + "/sponsorships")).json().get(0).get("status").getStringValue())
                .isEqualTo("declined");
    }

    @Test
    void everyBadRowIsNamedInJapaneseAndNothingIsWritten() {
        JsonNode preview = files.preview(utf8WithBom(HEADER
                + "良い病院,ヨイビョウイン,病院,," + YEAR + ",継続,1,,,,\r\n"
                + "保留の病院,ホリュウノビョウイン,病院,," + YEAR + ",保留,1,,,,\r\n"
                + "来年の病院,ライネンノビョウイン,病院,,来年,継続,1,,,,\r\n"
                + "負の薬局,フノヤッキョク,薬局,," + YEAR + ",継続,-1,,,,\r\n"
                + "年度なし薬局,ネンドナシヤッキョク,薬局,,,,2,,,,\r\n"
                + "良い病院,ヨイビョウイン,病院,," + YEAR + ",辞退,1,,,,\r\n"
                + "良い病院,ヨイビョウイン,薬局,," + (YEAR - 1) + ",継続,1,,,,\r\n"
                + "入金途中の病院,ニュウキンビョウイン,病院,," + YEAR + ",継続,1,2025/5/1,,,\r\n"
                + "謎の団体,ナゾノダンタイ,宇宙人,," + YEAR + ",継続,1,,,,\r\n"), "名簿.csv", "");
        assertThat(preview.get("rejectedCount").getIntValue()).as(preview.toString()).isEqualTo(8);
        JsonNode rejected = preview.get("rejected");
        assertThat(message(rejected, 0)).startsWith("回答:").contains("未回答、継続、辞退、新規");
        assertThat(message(rejected, 1)).startsWith("年度:").contains("令和6年度");
        assertThat(message(rejected, 2)).startsWith("口数:").contains("0〜1,000");
        assertThat(message(rejected, 3)).startsWith("年度:").contains("年度も入力してください");
        assertThat(message(rejected, 4)).contains("2行目と同じ協賛者・同じ年度");
        assertThat(message(rejected, 5)).contains("2行目と同じ協賛者ですが、内容が違います: カテゴリ");
        assertThat(message(rejected, 6)).contains("入金日・入金方法・入金額 は3つそろえて");
        assertThat(message(rejected, 7)).startsWith("カテゴリ:").contains("宇宙人");
        for (int i = 0; i < 8; i++) {
            assertThat(rejected.get(i).get("row").getIntValue()).isEqualTo(i + 3);
        }
        Api.Reply apply = admin.post(files.path("/roster/import/" + preview.get("importId").getStringValue() + "/apply"), "{}");
        assertThat(apply.status()).isEqualTo(409);
        assertThat(admin.get(files.path("/sponsors?status=all")).json().get("total").getLongValue()).isZero();
    }

    @Test
    void aDatabaseFailureInTheMiddleOfAnImportLeavesTheRosterAsItWas() throws SQLException {
        long existing = admin.post(files.path("/sponsors"), SponsorFixtures.aHospital().json()).json().get("id").getLongValue();
        String before = snapshot();
        String function = "fail_" + region.replace('-', '_');
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
            st.execute("create function " + function + "() returns trigger language plpgsql as $$ begin"
                    + " if new.region_id = '" + region + "' and new.notes = '失敗させる' then raise exception 'disk full'; end if;"
                    + " return new; end $$");
            st.execute("create trigger " + function + " before insert on sponsorships for each row execute function " + function + "()");
        }
        try {
            JsonNode preview = files.preview(utf8WithBom(HEADER
                    + "山王みなみ病院,サンノウミナミビョウイン,病院,2023-04-01," + YEAR + ",継続,1,,,,\r\n"
                    + "さくら病院,サクラビョウイン,病院,," + YEAR + ",継続,1,,,,\r\n"
                    + "あおば薬局,アオバヤッキョク,薬局,," + YEAR + ",新規,1,,,,失敗させる\r\n"), "名簿.csv", "");
            assertThat(preview.get("update").getIntValue()).as(preview.toString()).isEqualTo(1);
            JsonNode failed = files.apply(preview.get("importId").getStringValue());
            assertThat(failed.get("status").getStringValue()).isEqualTo("failed");
            assertThat(failed.get("error").getStringValue()).isEqualTo("取り込み中にエラーが起きたため、何も書き込まれていません。もう一度お試しください。");
            assertThat(snapshot()).isEqualTo(before);
            assertThat(admin.get(files.path("/sponsors/" + existing)).json().get("joinedOn").getStringValue()).isEqualTo("2024-04-01");
        } finally {
            try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
                st.execute("drop trigger " + function + " on sponsorships");
                st.execute("drop function " + function + "()");
            }
        }
    }

    @Test
    void aLargeImportReportsItsProgressWhileItRuns() throws SQLException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int sponsor = 0; sponsor < 200; sponsor++) {
            for (int year = YEAR - 29; year <= YEAR; year++) {
                csv.append("事業所").append(sponsor).append(",ジギョウショ").append(kana(sponsor)).append(",企業,,").append(year).append(",継続,1,,,,\r\n");
            }
        }
        JsonNode preview = files.preview(utf8WithBom(csv.toString()), "名簿.csv", "");
        assertThat(preview.get("years").get("create").getIntValue()).isEqualTo(6_000);
        String function = "slow_" + region.replace('-', '_');
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
            st.execute("create function " + function + "() returns trigger language plpgsql as $$ begin"
                    + " if current_setting('app.region_id', true) = '" + region + "' then perform pg_sleep(0.5); end if;"
                    + " return null; end $$");
            st.execute("create trigger " + function + " after insert on sponsorships for each statement execute function " + function + "()");
        }
        try {
            String id = preview.get("importId").getStringValue();
            Api.Reply started = admin.post(files.path("/roster/import/" + id + "/apply"), "{}");
            assertThat(started.status()).isEqualTo(202);
            assertThat(started.json().get("status").getStringValue()).isEqualTo("applying");
            assertThat(started.json().get("total").getIntValue()).isEqualTo(6_200);
            List<Integer> seen = new ArrayList<>();
            JsonNode status = started.json();
            while ("applying".equals(status.get("status").getStringValue())) {
                seen.add(status.get("done").getIntValue());
                status = admin.get(files.path("/roster/import/" + id)).json();
            }
            assertThat(status.get("status").getStringValue()).isEqualTo("applied");
            assertThat(status.get("done").getIntValue()).isEqualTo(6_200);
            assertThat(seen).as("progress seen while applying").anyMatch(done -> done > 0 && done < 6_200);
            assertThat(admin.get(files.path("/sponsors?status=all")).json().get("total").getLongValue()).isEqualTo(200);
        } finally {
            try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
                st.execute("drop trigger " + function + " on sponsorships");
                st.execute("drop function " + function + "()");
            }
        }
    }

    @Test
    void theHeadOfficeRollupsFollowAnImportAndItsUndo() throws SQLException {
        JsonNode preview = files.preview(utf8WithBom(HEADER
                + "さくら病院,サクラビョウイン,病院,," + YEAR + ",継続,2,,,,\r\n"
                + "あおば病院,アオバビョウイン,病院,," + YEAR + ",辞退,1,,,,\r\n"
                + "みどり薬局,ミドリヤッキョク,薬局,," + YEAR + ",未回答,1,,,,\r\n"), "名簿.csv", "");
        String id = preview.get("importId").getStringValue();
        files.apply(id);
        assertThat(rollups()).isEqualTo("hospital:2,pharmacy:1|3 sponsors, 1 renewed, 1 declined, 1 pending, 20000 yen");

        assertThat(admin.post(files.path("/roster/import/" + id + "/undo"), "{}").status()).isEqualTo(200);
        assertThat(rollups()).isEqualTo("hospital:0,pharmacy:0|0 sponsors, 0 renewed, 0 declined, 0 pending, 0 yen");
    }

    /** What head office sees of the region: active sponsors per category, and this year's totals. */
    private String rollups() throws SQLException {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select (select string_agg(category_code || ':' || active_count, ',' order by category_code)"
                     + " from sponsor_category_counts where region_id = '" + region + "') || '|' || (select sponsors || ' sponsors, '"
                     + " || renewed || ' renewed, ' || declined || ' declined, ' || pending || ' pending, ' || fees_pledged || ' yen'"
                     + " from sponsorship_year_totals where region_id = '" + region + "' and fiscal_year = " + YEAR + ")")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private JsonNode years(String kana) {
        JsonNode found = admin.get(files.path("/sponsors?status=all&q=" + java.net.URLEncoder.encode(kana, StandardCharsets.UTF_8))).json();
        long id = found.get("items").get(0).get("id").getLongValue();
        return admin.get(files.path("/sponsors/" + id + "/sponsorships")).json();
    }

    /** 12 → イチニ: a reading for a numbered name. */
    private static String kana(int number) {
        String[] digits = {"ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ"};
        StringBuilder reading = new StringBuilder();
        String.valueOf(number).chars().forEach(d -> reading.append(digits[d - '0']).append('ノ'));
        return reading.toString();
    }

    private static String message(JsonNode rejected, int index) {
        return rejected.get(index).get("messages").get(0).getStringValue();
    }

    private static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }

    /** The region's sponsors, years and both histories as the database owner sees them. */
    private String snapshot() throws SQLException {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select (select string_agg(id || ':' || name || ':' || version, ',' order by id) from sponsors"
                     + " where region_id = '" + region + "') || '|' || (select count(*) from sponsor_history where region_id = '" + region + "')"
                     + " || '|' || coalesce((select string_agg(sponsor_id || ':' || fiscal_year, ',') from sponsorships where region_id = '"
                     + region + "'), '') || '|' || (select count(*) from sponsorship_history where region_id = '" + region + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
