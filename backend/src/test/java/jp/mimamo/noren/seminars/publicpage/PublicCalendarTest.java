package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import jp.mimamo.noren.devstack.LocalMailServer;
import jp.mimamo.noren.seminars.SeminarFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static jp.mimamo.noren.seminars.SeminarFixtures.aMonthlySeminar;
import static jp.mimamo.noren.seminars.SeminarFixtures.application;
import static jp.mimamo.noren.seminars.SeminarFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

/** The region's public calendar and a resident's own application, without signing in. */
@MicronautTest
class PublicCalendarTest extends ApiTestBase {
    private static final String REGION = "hill-town";
    private static final String OTHER = "river-town";
    private static final int SMTP_PORT = freePort();
    private final LocalMailServer mail = LocalMailServer.start(SMTP_PORT);
    private Api admin;
    private Api otherAdmin;
    private PublicClient browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.mail.port", String.valueOf(SMTP_PORT));
        properties.put("noren.public-page.min-fill-time", "0s");
        properties.put("noren.public-page.calendar-ttl", "60s");
        properties.put("noren.public-page.applications-per-address", "1000");
        properties.put("noren.public-page.applications-per-form", "1000");
        return properties;
    }

    @BeforeAll
    void regions() {
        regions.ensure(new Region(REGION, "丘町見守りネットワーク", "Hill Town"));
        regions.ensure(new Region(OTHER, "川町見守りネットワーク", "River Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
        otherAdmin = api().as(TestTokens.regionAdmin(OTHER));
        browser = new PublicClient(server.getURI(), json);
    }

    @AfterAll
    void stopMail() {
        mail.close();
    }

    @Test
    void listsOnlyUpcomingOpenSessionsAndNobodysPersonalData() {
        long open = seminar(admin, "公開講座「転倒予防」", 10, "open");
        seminar(admin, "会員向け「協賛者交流会」", 10, "members");
        seminar(admin, "招待制「民生委員研修」", 10, "invited");
        long past = seminar(admin, "終わった講座", 10, "open");
        SeminarFixtures.shiftSession(sessionOf(past), -30 * 24);
        seminar(otherAdmin, "川町だけの講座", 10, "open");
        staffApply(open, "秘密 花子", "ヒミツ ハナコ", "03-9999-0001");

        PublicClient.Reply reply = browser.get(events(REGION), Map.of());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().get("regionName").getStringValue()).isEqualTo("丘町見守りネットワーク");
        List<String> titles = titles(reply.body());
        assertThat(titles).contains("公開講座「転倒予防」")
                .doesNotContain("会員向け「協賛者交流会」", "招待制「民生委員研修」", "終わった講座", "川町だけの講座");
        assertThat(reply.text()).doesNotContain("秘密", "ヒミツ", "03-9999-0001", "checkInCode", "participant");
        JsonNode event = event(reply.body(), "公開講座「転倒予防」");
        assertThat(event.get("seatsLeft").getIntValue()).isEqualTo(9);
        assertThat(event.get("availability").getStringValue()).isEqualTo("open");
        assertThat(event.get("dateLabel").getStringValue()).matches("(令和|平成)\\d+年\\d+月\\d+日（[日月火水木金土]）");
        assertThat(event.get("timeLabel").getStringValue()).isEqualTo("14:00〜16:00");
        assertThat(event.get("questions").size()).isEqualTo(2);
    }

    @Test
    void anUnknownRegionIsA404InJapanese() {
        PublicClient.Reply reply = browser.get(events("no-such-town"), Map.of());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("title").getStringValue()).isEqualTo("見つかりません");
        assertThat(browser.get("/api/v1/public/regions/no-such-town/application-form", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aResidentAppliesOnlineIsConfirmedByEmailAndTheSeatsLeftFollow() throws Exception {
        long seminar = seminar(admin, "公開講座「お口の健康」", 3, "open");
        long session = sessionOf(seminar);
        assertThat(event(browser.get(events(REGION), Map.of()).body(), "公開講座「お口の健康」").get("seatsLeft").getIntValue()).isEqualTo(3);
        int before = mail.received().size();

        Map<String, Object> form = form("山田 太郎", "やまだ たろう", null, "yamada@hill.example");
        form.put("answers", Map.of("補聴器を使用", "はい"));
        PublicClient.Reply reply = browser.post(applications(REGION, session), browser.write(form), Map.of());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.body().get("status").getStringValue()).isEqualTo("registered");
        assertThat(reply.body().get("emailed").getBooleanValue()).isTrue();
        assertThat(reply.body().get("title").getStringValue()).isEqualTo("公開講座「お口の健康」");
        List<MimeMessage> received = mail.received().subList(before, mail.received().size());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("【お申し込み受付】公開講座「お口の健康」");
        assertThat(LocalMailServer.text(received.get(0))).contains("山田 太郎 様").contains("受け付けました");

        JsonNode registration = admin.get("/api/v1/regions/" + REGION + "/seminar-sessions/" + session + "/registrations").json().get(0);
        assertThat(registration.get("channel").getStringValue()).isEqualTo("online");
        assertThat(registration.get("nameKana").getStringValue()).isEqualTo("ヤマダ タロウ");
        assertThat(registration.get("answers").get("補聴器を使用").getStringValue()).isEqualTo("はい");
        assertThat(event(browser.get(events(REGION), Map.of()).body(), "公開講座「お口の健康」").get("seatsLeft").getIntValue()).isEqualTo(2);
    }

    @Test
    void theLastSeatThenTheWaitlistAndTheSameApplicationTwiceIsRefused() throws Exception {
        long seminar = seminar(admin, "一席だけの講座", 1, "open");
        long session = sessionOf(seminar);
        PublicClient.Reply first = browser.post(applications(REGION, session),
                browser.write(form("佐藤 一郎", "サトウ イチロウ", "03-5555-0001", null)), Map.of());
        assertThat(first.body().get("status").getStringValue()).isEqualTo("registered");
        assertThat(first.body().get("emailed").getBooleanValue()).isFalse();
        JsonNode full = event(browser.get(events(REGION), Map.of()).body(), "一席だけの講座");
        assertThat(full.get("availability").getStringValue()).isEqualTo("full");
        assertThat(full.get("seatsLeft").getIntValue()).isZero();

        int before = mail.received().size();
        PublicClient.Reply second = browser.post(applications(REGION, session),
                browser.write(form("鈴木 二子", "スズキ ツギコ", null, "suzuki@hill.example")), Map.of());
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("status").getStringValue()).isEqualTo("waitlisted");
        assertThat(second.body().get("waitlistPosition").getIntValue()).isEqualTo(1);
        assertThat(mail.received().get(before).getSubject()).isEqualTo("【キャンセル待ち受付】一席だけの講座");

        PublicClient.Reply again = browser.post(applications(REGION, session),
                browser.write(form("佐藤 一郎", "サトウ イチロウ", "03-5555-0001", null)), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").getStringValue()).contains("既に申し込まれています");
    }

    @Test
    void seminarsForMembersOrByInvitationCannotBeAppliedForOnline() {
        long members = seminar(admin, "会員だけの勉強会", 10, "members");
        PublicClient.Reply reply = browser.post(applications(REGION, sessionOf(members)),
                browser.write(form("高橋 三郎", "タカハシ サブロウ", "03-5555-0003", null)), Map.of());
        assertThat(reply.status()).isEqualTo(404);
        long other = seminar(otherAdmin, "川町の公開講座", 10, "open");
        assertThat(browser.post(applications(REGION, sessionOf(otherAdmin, other)),
                browser.write(form("高橋 三郎", "タカハシ サブロウ", "03-5555-0003", null)), Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theCalendarIsServedFromTheCacheWithAnEtagUntilSomethingChanges() {
        long seminar = seminar(admin, "キャッシュの講座", 20, "open");
        long session = sessionOf(seminar);
        PublicClient.Reply first = browser.get(events(REGION), Map.of());
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
        PublicClient.Reply unchanged = browser.get(events(REGION), Map.of("If-None-Match", etag));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.text()).isEmpty();

        renameBehindTheApplicationsBack(seminar, "名前が変わった講座");
        PublicClient.Reply cached = browser.get(events(REGION), Map.of());
        assertThat(titles(cached.body())).contains("キャッシュの講座").doesNotContain("名前が変わった講座");
        assertThat(cached.header("ETag")).isEqualTo(etag);

        staffApply(seminar, "中村 四郎", "ナカムラ シロウ", "03-5555-0004");
        PublicClient.Reply fresh = browser.get(events(REGION), Map.of("If-None-Match", etag));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isNotEqualTo(etag);
        assertThat(titles(fresh.body())).contains("名前が変わった講座");
        assertThat(event(fresh.body(), "名前が変わった講座").get("seatsLeft").getIntValue()).isEqualTo(19);

        admin.post("/api/v1/regions/" + REGION + "/seminar-sessions/" + session + "/cancel", "{}");
        assertThat(titles(browser.get(events(REGION), Map.of()).body())).doesNotContain("名前が変わった講座");
    }

    @Test
    void withoutConsentOrWithABadTokenOrTheHoneypotFilledNothingIsRecorded() {
        long seminar = seminar(admin, "守られた講座", 10, "open");
        long session = sessionOf(seminar);

        Map<String, Object> noConsent = form("伊藤 五郎", "イトウ ゴロウ", "03-5555-0005", null);
        noConsent.put("consent", false);
        PublicClient.Reply refused = browser.post(applications(REGION, session), browser.write(noConsent), Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("consent").contains("個人情報の取り扱いに同意してください");

        Map<String, Object> forged = form("伊藤 五郎", "イトウ ゴロウ", "03-5555-0005", null);
        forged.put("formToken", ((String) forged.get("formToken")).replace('.', 'x') + ".AAAA");
        assertThat(browser.post(applications(REGION, session), browser.write(forged), Map.of()).body().get("detail").getStringValue())
                .contains("有効期限が切れました");

        Map<String, Object> otherRegion = form("伊藤 五郎", "イトウ ゴロウ", "03-5555-0005", null);
        otherRegion.put("formToken", token(OTHER));
        assertThat(browser.post(applications(REGION, session), browser.write(otherRegion), Map.of()).status()).isEqualTo(400);

        Map<String, Object> bot = form("伊藤 五郎", "イトウ ゴロウ", "03-5555-0005", null);
        bot.put("website", "http://spam.example");
        PublicClient.Reply botReply = browser.post(applications(REGION, session), browser.write(bot), Map.of());
        assertThat(botReply.status()).isEqualTo(400);
        assertThat(botReply.body().get("detail").getStringValue()).contains("受け付けられませんでした");

        Map<String, Object> unknownQuestion = form("伊藤 五郎", "イトウ ゴロウ", "03-5555-0005", null);
        unknownQuestion.put("answers", Map.of("<script>alert(1)</script>", "x"));
        assertThat(browser.post(applications(REGION, session), browser.write(unknownQuestion), Map.of()).status()).isEqualTo(400);

        assertThat(admin.get("/api/v1/regions/" + REGION + "/seminar-sessions/" + session + "/registrations").json().size()).isZero();
    }

    private Map<String, Object> form(String name, String kana, String phone, String email) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("nameKana", kana);
        form.put("phone", phone);
        form.put("email", email);
        form.put("consent", true);
        form.put("formToken", token(REGION));
        form.put("website", "");
        return form;
    }

    private String token(String region) {
        PublicClient.Reply reply = browser.get("/api/v1/public/regions/" + region + "/application-form", Map.of());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().get("formToken").getStringValue();
    }

    private long seminar(Api as, String title, int capacity, String audience) {
        Api.Reply reply = as.post(regionOf(as) + "/seminars",
                aMonthlySeminar().with("title", title).with("capacity", capacity).with("audience", audience).json(json));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
    }

    private void staffApply(long seminar, String name, String kana, String phone) {
        Api.Reply reply = admin.post("/api/v1/regions/" + REGION + "/seminars/" + seminar + "/registrations",
                SeminarFixtures.write(json, application(person(name, kana, phone, null), "phone")));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private long sessionOf(long seminar) {
        return sessionOf(admin, seminar);
    }

    private long sessionOf(Api as, long seminar) {
        return as.get(regionOf(as) + "/seminars/" + seminar).json().get("sessions").get(0).get("id").getLongValue();
    }

    private String regionOf(Api as) {
        return "/api/v1/regions/" + (as == otherAdmin ? OTHER : REGION);
    }

    private static void renameBehindTheApplicationsBack(long seminar, String title) {
        try (Connection c = TestDatabase.get().superuser("noren");
             PreparedStatement ps = c.prepareStatement("update seminars set title = ? where id = ?")) {
            ps.setString(1, title);
            ps.setLong(2, seminar);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String events(String region) {
        return "/api/v1/public/regions/" + region + "/events";
    }

    private static String applications(String region, long session) {
        return "/api/v1/public/regions/" + region + "/events/" + session + "/applications";
    }

    private static List<String> titles(JsonNode calendar) {
        return StreamSupport.stream(calendar.get("events").values().spliterator(), false).map(e -> e.get("title").getStringValue()).toList();
    }

    private static JsonNode event(JsonNode calendar, String title) {
        return StreamSupport.stream(calendar.get("events").values().spliterator(), false)
                .filter(e -> e.get("title").getStringValue().equals(title)).findFirst().orElseThrow();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
