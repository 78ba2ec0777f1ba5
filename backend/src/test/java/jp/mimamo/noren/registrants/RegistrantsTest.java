package jp.mimamo.noren.registrants;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.audit.AccessLogRows;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering, reading and changing registrants, who sees how much, and the access-log entry of every read. */
@MicronautTest
class RegistrantsTest extends ApiTestBase {
    private static final String REGION = "registry-town";
    private RegistryWorld world;
    private long hana;

    @BeforeAll
    void aRegionWithTwoCentresAndARegistrant() {
        regions.ensure(new Region(REGION, "見守り町", "Registry Town"));
        world = RegistryWorld.in(api(), REGION);
        hana = world.register(RegistrantFixtures.aResident());
    }

    @Test
    void centreStaffRegisterAResidentOfTheirCentreWithConsentAndConnections() {
        Api.Reply reply = world.staff().post(world.path("/registrants"), RegistrantFixtures.aResident()
                .with("name", "鈴木 トメ").with("nameKana", "すずき とめ").json());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode view = reply.json();
        assertThat(view.get("view").getStringValue()).isEqualTo("full");
        assertThat(view.get("nameKana").getStringValue()).isEqualTo("スズキ トメ");
        assertThat(view.get("centreId").getLongValue()).isEqualTo(world.centre());
        assertThat(view.get("birthDateJapanese").getStringValue()).isEqualTo("昭和15年3月2日");
        assertThat(view.get("consent").get("discloseTo").values()).extracting(JsonNode::getStringValue)
                .containsExactly("hospital", "police", "fire");
        assertThat(view.get("connections").values()).extracting(c -> c.get("priority").getIntValue() + ":" + c.get("name").getStringValue())
                .containsExactly("1:山田 一郎", "2:佐藤 和子", "3:喫茶 山王");
        assertThat(view.get("status").getStringValue()).isEqualTo("active");
        assertThat(view.get("statusHistory").get(0).get("reason").getStringValue()).isEqualTo("新規登録");
        assertThat(view.get("mayEdit").getBooleanValue()).isTrue();
    }

    @Test
    void everyReadWritesOneAccessLogEntryInTheSameTransaction() {
        long before = AccessLogRows.lastId(REGION);
        Api.Reply reply = world.staff().get(world.path("/registrants/" + hana));
        assertThat(reply.status()).isEqualTo(200);
        List<AccessLogRows.Row> rows = AccessLogRows.since(REGION, before);
        assertThat(rows).hasSize(1);
        AccessLogRows.Row row = rows.get(0);
        assertThat(row.username()).isEqualTo(RegistryWorld.staffName(REGION));
        assertThat(row.roles()).isEqualTo("centre-staff");
        assertThat(row.centreId()).isEqualTo(world.centre());
        assertThat(row.registrantId()).isEqualTo(hana);
        assertThat(row.action()).isEqualTo("read");
        assertThat(row.access()).isEqualTo("full");
        assertThat(row.sections()).contains("medical", "connections");
        assertThat(row.clientIp()).isEqualTo("127.0.0.1");
        assertThat(row.userAgent()).isNotBlank();
    }

    @Test
    void anotherCentresStaffSeeTheLimitedViewUnlessTheyGiveAReason() {
        long before = AccessLogRows.lastId(REGION);
        JsonNode limited = world.otherStaff().get(world.path("/registrants/" + hana)).json();
        assertThat(limited.get("view").getStringValue()).isEqualTo("limited");
        assertThat(limited.get("name").getStringValue()).isEqualTo(RegistrantFixtures.NAME);
        assertThat(limited.get("address").isNull()).isTrue();
        assertThat(limited.get("birthDate").isNull()).isTrue();
        assertThat(limited.get("medical").isNull()).isTrue();
        assertThat(limited.get("connections").isNull()).isTrue();
        assertThat(limited.toString()).doesNotContain("ペニシリン").doesNotContain("大森北1-2-3").doesNotContain("090-1234-5678");

        String reason = URLEncoder.encode("夜間に救急搬送の連絡があったため", StandardCharsets.UTF_8);
        JsonNode full = world.otherStaff().get(world.path("/registrants/" + hana + "?reason=" + reason)).json();
        assertThat(full.get("view").getStringValue()).isEqualTo("full");
        assertThat(full.get("medical").get("allergies").getStringValue()).isEqualTo("ペニシリン");
        assertThat(full.get("mayEdit").getBooleanValue()).isFalse();
        assertThat(full.get("accessPurpose").getStringValue()).isEqualTo("夜間に救急搬送の連絡があったため");

        assertThat(AccessLogRows.since(REGION, before)).extracting(AccessLogRows.Row::access, AccessLogRows.Row::purpose)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("limited", null),
                        org.assertj.core.groups.Tuple.tuple("full", "夜間に救急搬送の連絡があったため"));
    }

    @Test
    void aReasonTooShortToMeanAnythingIsRefusedAndNothingIsShown() {
        long before = AccessLogRows.lastId(REGION);
        Api.Reply reply = world.otherStaff().get(world.path("/registrants/" + hana + "?reason=x"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).doesNotContain(RegistrantFixtures.NAME);
        assertThat(AccessLogRows.since(REGION, before)).isEmpty();
    }

    @Test
    void theBranchAdminSeesTheLimitedViewAndCannotChangeARecord() {
        JsonNode view = world.admin().get(world.path("/registrants/" + hana)).json();
        assertThat(view.get("view").getStringValue()).isEqualTo("limited");
        Api.Reply edit = world.admin().put(world.path("/registrants/" + hana), RegistrantFixtures.aResident().with("version", 0).json());
        assertThat(edit.status()).isEqualTo(403);
    }

    @Test
    void headOfficeAndRespondersGetNothingAndLeaveNoTrace() {
        long before = AccessLogRows.lastId(REGION);
        Api hq = api().as(TestTokens.headOffice());
        Api responder = api().as(TestTokens.token("hospital-er", List.of("responder"), List.of(REGION)));
        for (Api caller : List.of(hq, responder)) {
            for (String path : List.of("/registrants", "/registrants/" + hana, "/registrants/" + hana + "/access-log")) {
                Api.Reply reply = caller.get(world.path(path));
                assertThat(reply.status()).as(path).isEqualTo(403);
                assertThat(reply.body()).doesNotContain(RegistrantFixtures.NAME);
            }
        }
        assertThat(AccessLogRows.since(REGION, before)).isEmpty();
    }

    @Test
    void onlyTheRegistrantsOwnCentreChangesTheRecord() {
        String body = RegistrantFixtures.aResident().with("address", "他センターからの書き換え").with("version", 0).json();
        Api.Reply reply = world.otherStaff().put(world.path("/registrants/" + hana), body);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("detail").getStringValue()).contains("他のセンター");
        Api.Reply unassigned = world.unassignedStaff().post(world.path("/registrants"), RegistrantFixtures.aResident().json());
        assertThat(unassigned.status()).isEqualTo(403);
        assertThat(unassigned.json().get("detail").getStringValue()).contains("センターに所属していない");
        Api.Reply forAnotherCentre = world.otherStaff().post(world.path("/registrants"),
                RegistrantFixtures.aResident().with("centreId", world.centre()).json());
        assertThat(forAnotherCentre.status()).isEqualTo(403);
        assertThat(world.staff().get(world.path("/registrants/" + hana)).json().get("address").getStringValue())
                .isEqualTo(RegistrantFixtures.ADDRESS);
    }

    @Test
    void aConcurrentEditGetsA409AndTheFirstEditIsKept() {
        long id = world.register(RegistrantFixtures.aResident().with("name", "同時 編集"));
        Api.Reply first = world.staff().put(world.path("/registrants/" + id), RegistrantFixtures.aResident().with("name", "同時 編集")
                .with("phone", "03-3761-2222").with("version", 0).json());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        Api.Reply second = world.staff().put(world.path("/registrants/" + id), RegistrantFixtures.aResident().with("name", "同時 編集")
                .with("address", "古い版からの変更").with("version", 0).json());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("type").getStringValue()).endsWith("/stale-version");
        JsonNode now = world.staff().get(world.path("/registrants/" + id)).json();
        assertThat(now.get("phone").getStringValue()).isEqualTo("03-3761-2222");
        assertThat(now.get("address").getStringValue()).isEqualTo(RegistrantFixtures.ADDRESS);
        assertThat(now.get("version").getIntValue()).isEqualTo(1);
    }

    @Test
    void connectionsAreKeptInTheOrderToCallThem() {
        long id = world.register(RegistrantFixtures.aResident().with("name", "順番 確認"));
        List<Map<String, Object>> reordered = List.of(
                Map.of("priority", 2, "kind", "family", "name", "長女 花子", "phone", "090-0000-1111"),
                Map.of("priority", 1, "kind", "care-manager", "name", "ケアマネ 木村", "phone", "03-3761-3333"));
        Api.Reply reply = world.staff().put(world.path("/registrants/" + id), RegistrantFixtures.aResident().with("name", "順番 確認")
                .with("connections", reordered).with("version", 0).json());
        assertThat(reply.json().get("connections").values()).extracting(c -> c.get("name").getStringValue())
                .containsExactly("ケアマネ 木村", "長女 花子");
    }

    @Test
    void injectionStringsAreStoredAndShownAsTyped() {
        String name = "'); drop table registrants; --";
        String notes = "<script>alert('x')</script>";
        long id = world.register(RegistrantFixtures.aResident().with("name", name).with("livingNotes", notes));
        JsonNode view = world.staff().get(world.path("/registrants/" + id)).json();
        assertThat(view.get("name").getStringValue()).isEqualTo(name);
        assertThat(view.get("livingNotes").getStringValue()).isEqualTo(notes);
    }

    @Test
    void statusChangesAreKeptWithTheirDateAndReasonAndAWithdrawalEndsTheRegistration() {
        long id = world.register(RegistrantFixtures.aResident().with("name", "状態 変化"));
        JsonNode hospital = world.staff().post(world.path("/registrants/" + id + "/status"),
                "{\"status\":\"in-hospital\",\"effectiveOn\":\"2026-01-10\",\"reason\":\"肺炎で大森赤十字病院に入院\",\"version\":0}").json();
        assertThat(hospital.get("status").getStringValue()).isEqualTo("in-hospital");
        assertThat(hospital.get("statusSince").getStringValue()).isEqualTo("2026-01-10");
        Api.Reply withdrawn = world.staff().post(world.path("/registrants/" + id + "/status"),
                "{\"status\":\"withdrawn\",\"effectiveOn\":\"2026-02-01\",\"reason\":\"本人の申し出により同意を撤回\",\"version\":1}");
        assertThat(withdrawn.json().get("statusHistory").values()).extracting(s -> s.get("toStatus").getStringValue())
                .containsExactly("withdrawn", "in-hospital", "active");
        Api.Reply again = world.staff().post(world.path("/registrants/" + id + "/status"),
                "{\"status\":\"active\",\"effectiveOn\":\"2026-02-02\",\"reason\":\"再開\",\"version\":2}");
        assertThat(again.status()).isEqualTo(409);
        Api.Reply future = world.staff().post(world.path("/registrants/" + hana + "/status"),
                "{\"status\":\"moved\",\"effectiveOn\":\"2999-01-01\",\"reason\":\"転居\",\"version\":0}");
        assertThat(future.status()).isEqualTo(400);
    }

    @Test
    void theListFindsByReadingOrByNumberAndLogsWhatItShowed() {
        long id = world.register(RegistrantFixtures.aResident().with("name", "検索 太郎").with("nameKana", "ケンサク タロウ"));
        String number = world.issueKeychain(id);
        long before = AccessLogRows.lastId(REGION);
        JsonNode byReading = world.otherStaff().get(world.path("/registrants?q=" + URLEncoder.encode("けんさく", StandardCharsets.UTF_8))).json();
        assertThat(byReading.get("items").values()).extracting(i -> i.get("id").getLongValue()).containsExactly(id);
        assertThat(byReading.get("items").get(0).toString()).doesNotContain("1940").doesNotContain("大森北");
        String typed = number.substring(0, 3).toLowerCase() + "-" + number.substring(3, 7) + "-" + number.substring(7, 11) + "-" + number.substring(11);
        JsonNode byNumber = world.staff().get(world.path("/registrants?q=" + typed)).json();
        assertThat(byNumber.get("items").values()).extracting(i -> i.get("number").getStringValue()).containsExactly(number);
        List<AccessLogRows.Row> rows = AccessLogRows.since(REGION, before);
        assertThat(rows).extracting(AccessLogRows.Row::action).containsExactly("search", "search");
        assertThat(rows.get(0).details()).contains("けんさく").contains(String.valueOf(id));
    }

    @Test
    void whoLookedListsTheReadsNewestFirstForTheCentreAndTheAdminOnly() {
        long id = world.register(RegistrantFixtures.aResident().with("name", "閲覧 記録"));
        world.otherStaff().get(world.path("/registrants/" + id));
        world.admin().get(world.path("/registrants/" + id + "?reason=" + URLEncoder.encode("センター閉所中の問い合わせ対応", StandardCharsets.UTF_8)));
        JsonNode log = world.staff().get(world.path("/registrants/" + id + "/access-log")).json();
        assertThat(log.values()).extracting(e -> e.get("username").getStringValue() + ":" + e.get("action").getStringValue()
                        + ":" + e.get("access").getStringValue())
                .containsExactly(REGION + "-admin:read:full", REGION + "-other-staff:read:limited", REGION + "-staff:create:full");
        assertThat(log.get(0).get("purpose").getStringValue()).isEqualTo("センター閉所中の問い合わせ対応");
        assertThat(world.admin().get(world.path("/registrants/" + id + "/access-log")).status()).isEqualTo(200);
        assertThat(world.otherStaff().get(world.path("/registrants/" + id + "/access-log")).status()).isEqualTo(403);
    }
}
