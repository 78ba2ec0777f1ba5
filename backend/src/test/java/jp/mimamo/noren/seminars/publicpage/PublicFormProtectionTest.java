package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static jp.mimamo.noren.seminars.SeminarFixtures.aMonthlySeminar;
import static org.assertj.core.api.Assertions.assertThat;

/** The public form's defences: the minimum fill time, the size limit and the limits per client address and per form. */
@MicronautTest
class PublicFormProtectionTest extends ApiTestBase {
    private static final String REGION = "flood-town";
    private static final String SECRET = "a-test-secret-for-form-tokens";
    private final FormTokens tokens = new FormTokens(new PublicPageSettings(Duration.ofSeconds(5), 92, SECRET, Duration.ofSeconds(3),
            Duration.ofHours(2), 4, 2, Duration.ofMinutes(10), 8192, false));
    private PublicClient browser;
    private long session;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.public-page.form-secret", SECRET);
        properties.put("noren.public-page.min-fill-time", "3s");
        properties.put("noren.public-page.applications-per-address", "4");
        properties.put("noren.public-page.applications-per-form", "2");
        return properties;
    }

    @BeforeAll
    void seminar() {
        regions.ensure(new Region(REGION, "洪水町見守りネットワーク", "Flood Town"));
        Api admin = api().as(TestTokens.regionAdmin(REGION));
        Api.Reply reply = admin.post("/api/v1/regions/" + REGION + "/seminars", aMonthlySeminar().with("title", "申込の多い講座")
                .with("capacity", 100).json(json));
        session = admin.get("/api/v1/regions/" + REGION + "/seminars/" + reply.json().get("id").getLongValue()).json()
                .get("sessions").get(0).get("id").getLongValue();
        browser = new PublicClient(server.getURI(), json);
    }

    @Test
    void aFormSentWithinSecondsOfOpeningIsRefusedAndOneFilledInAtHumanSpeedIsTaken() {
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.1");
        String fresh = browser.get("/api/v1/public/regions/" + REGION + "/application-form", Map.of()).body().get("formToken").getStringValue();
        PublicClient.Reply tooFast = apply(form("早川 一郎", "ハヤカワ イチロウ", "03-4444-0001", fresh), from);
        assertThat(tooFast.status()).isEqualTo(400);
        assertThat(tooFast.body().get("detail").getStringValue()).contains("送信が早すぎます");

        PublicClient.Reply human = apply(form("早川 一郎", "ハヤカワ イチロウ", "03-4444-0001", issuedSecondsAgo(10)), from);
        assertThat(human.status()).as(human.toString()).isEqualTo(201);

        PublicClient.Reply stale = apply(form("遅田 二郎", "オソダ ジロウ", "03-4444-0002", issuedSecondsAgo(3 * 3600)), from);
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.body().get("detail").getStringValue()).contains("有効期限が切れました");
    }

    @Test
    void oneFormSentAgainAndAgainIsStoppedWithA429() {
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.2");
        String token = issuedSecondsAgo(10);
        assertThat(apply(form("連打 一郎", "レンダ イチロウ", "03-4444-0101", token), from).status()).isEqualTo(201);
        assertThat(apply(form("連打 二郎", "レンダ ジロウ", "03-4444-0102", token), from).status()).isEqualTo(201);

        PublicClient.Reply third = apply(form("連打 三郎", "レンダ サブロウ", "03-4444-0103", token), from);

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("Content-Type")).startsWith("application/problem+json");
        assertThat(third.header("Retry-After")).matches("\\d+");
        assertThat(third.body().get("title").getStringValue()).isEqualTo("送信が多すぎます");
        assertThat(third.body().get("detail").getStringValue()).contains("しばらく待ってから");
        assertThat(apply(form("連打 三郎", "レンダ サブロウ", "03-4444-0103", issuedSecondsAgo(10)), from).status()).isEqualTo(201);
    }

    @Test
    void oneAddressSendingManyFormsIsStoppedWhileAnotherAddressIsNot() {
        Map<String, String> flood = Map.of("X-Forwarded-For", "203.0.113.9");
        for (int i = 0; i < 4; i++) {
            PublicClient.Reply reply = apply(form("洪水 " + i + "郎", "コウズイ ロウ", "03-4444-02" + (10 + i), issuedSecondsAgo(10)), flood);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
        assertThat(apply(form("洪水 五郎", "コウズイ ゴロウ", "03-4444-0299", issuedSecondsAgo(10)), flood).status()).isEqualTo(429);
        assertThat(apply(form("静か 一子", "シズカ イチコ", "03-4444-0300", issuedSecondsAgo(10)), Map.of("X-Forwarded-For", "203.0.113.10"))
                .status()).isEqualTo(201);
    }

    @Test
    void anOversizedApplicationIsA413() {
        Map<String, Object> form = form("大木 一郎", "オオキ イチロウ", "03-4444-0400", issuedSecondsAgo(10));
        form.put("answers", Map.of("補聴器を使用", "あ".repeat(5000)));
        PublicClient.Reply reply = apply(form, Map.of("X-Forwarded-For", "198.51.100.4"));
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body().get("detail").getStringValue()).contains("大きすぎます");
    }

    private PublicClient.Reply apply(Map<String, Object> form, Map<String, String> headers) {
        return browser.post("/api/v1/public/regions/" + REGION + "/events/" + session + "/applications", browser.write(form), headers);
    }

    private String issuedSecondsAgo(long seconds) {
        return tokens.issue(REGION, Instant.now().minusSeconds(seconds));
    }

    private static Map<String, Object> form(String name, String kana, String phone, String token) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("nameKana", kana);
        form.put("phone", phone);
        form.put("consent", true);
        form.put("formToken", token);
        return form;
    }
}
