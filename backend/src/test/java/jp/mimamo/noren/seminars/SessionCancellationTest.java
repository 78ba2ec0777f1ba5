package jp.mimamo.noren.seminars;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import jp.mimamo.noren.devstack.LocalMailServer;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static jp.mimamo.noren.seminars.SeminarFixtures.aMonthlySeminar;
import static jp.mimamo.noren.seminars.SeminarFixtures.application;
import static jp.mimamo.noren.seminars.SeminarFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff call a session off before it starts: everyone with a seat or waiting is told and their places are cancelled. */
@MicronautTest
class SessionCancellationTest extends ApiTestBase {
    private static final String REGION = "typhoon-town";
    private static final int SMTP_PORT = freePort();
    private final LocalMailServer mail = LocalMailServer.start(SMTP_PORT);
    private Api admin;
    private Api staff;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.mail.port", String.valueOf(SMTP_PORT));
        return properties;
    }

    @BeforeAll
    void region() {
        regions.ensure(new Region(REGION, "台風町見守りネットワーク", "Typhoon Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
        staff = api().as(TestTokens.centreStaff(REGION));
    }

    @AfterAll
    void stopMail() {
        mail.close();
    }

    @Test
    void cancellingASessionTellsTheSeatedAndTheWaitingAndCancelsTheirPlaces() throws Exception {
        long seminar = seminar("台風で中止のセミナー", 1);
        long session = admin.get(path("/seminars/" + seminar)).json().get("sessions").get(0).get("id").getLongValue();
        JsonNode seated = apply(seminar, "青山 一子", "アオヤマ イチコ", null, "aoyama@typhoon.example");
        JsonNode waiting = apply(seminar, "石田 二郎", "イシダ ジロウ", null, "ishida@typhoon.example");
        JsonNode byPhone = apply(seminar, "内田 三子", "ウチダ ミツコ", "03-1234-0003", null);
        assertThat(waiting.get("status").getStringValue()).isEqualTo("waitlisted");
        int before = mail.received().size();

        Api.Reply reply = staff.post(path("/seminar-sessions/" + session + "/cancel"), "{}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("session").get("cancelled").getBooleanValue()).isTrue();
        assertThat(reply.json().get("notices").get("emailed").getIntValue()).isEqualTo(2);
        assertThat(reply.json().get("notices").get("toCall").get(0).get("name").getStringValue()).isEqualTo("内田 三子");
        List<MimeMessage> received = mail.received().subList(before, mail.received().size());
        assertThat(received).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("aoyama@typhoon.example", "ishida@typhoon.example");
        assertThat(received.get(0).getSubject()).isEqualTo("【中止】台風で中止のセミナー");
        assertThat(LocalMailServer.text(received.get(0))).contains("中止となりました").contains("台風町見守りネットワーク");

        List<JsonNode> list = SeminarPlanningTest.stream(admin.get(path("/seminar-sessions/" + session + "/registrations")).json()).toList();
        assertThat(list).extracting(r -> r.get("status").getStringValue()).containsOnly("cancelled");
        assertThat(list).hasSize(3);
        assertThat(seated.get("id").getLongValue()).isNotEqualTo(byPhone.get("id").getLongValue());

        Api.Reply again = staff.post(path("/seminar-sessions/" + session + "/cancel"), "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").getStringValue()).contains("中止になっています");
        Api.Reply late = admin.post(path("/seminars/" + seminar + "/registrations"),
                write(application(person("江川 四郎", "エガワ シロウ", "03-1234-0004", null), "phone")));
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void aSessionThatHasBegunCannotBeCalledOff() {
        long seminar = seminar("始まった回", 5);
        JsonNode registration = apply(seminar, "岡田 五郎", "オカダ ゴロウ", "03-1234-0005", null);
        long session = registration.get("sessionId").getLongValue();
        SeminarFixtures.shiftSession(session, -15 * 24);

        Api.Reply reply = admin.post(path("/seminar-sessions/" + session + "/cancel"), "{}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").getStringValue()).isEqualTo("開始時刻を過ぎた回は中止にできません。");
        assertThat(admin.get(path("/seminars/" + seminar)).json().get("sessions").get(0).get("cancelled").getBooleanValue()).isFalse();
    }

    @Test
    void anUnknownSessionIsA404() {
        assertThat(admin.post(path("/seminar-sessions/987654321/cancel"), "{}").status()).isEqualTo(404);
    }

    private long seminar(String title, int capacity) {
        Api.Reply reply = admin.post(path("/seminars"), aMonthlySeminar().with("title", title).with("capacity", capacity).json(json));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
    }

    private JsonNode apply(long seminar, String name, String kana, String phone, String email) {
        Api.Reply reply = admin.post(path("/seminars/" + seminar + "/registrations"), write(application(person(name, kana, phone, email), "phone")));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get(0);
    }

    private String write(Object body) {
        return SeminarFixtures.write(json, body);
    }

    private static String path(String rest) {
        return "/api/v1/regions/" + REGION + rest;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
