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
import static jp.mimamo.noren.seminars.SeminarFixtures.aWeeklyCourse;
import static jp.mimamo.noren.seminars.SeminarFixtures.application;
import static jp.mimamo.noren.seminars.SeminarFixtures.inDays;
import static jp.mimamo.noren.seminars.SeminarFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

/** Applications against a capacity, the waitlist that moves up by itself, and what registrants are told, by real SMTP. */
@MicronautTest
class SeminarRegistrationTest extends ApiTestBase {
    private static final String REGION = "seat-town";
    private static final int SMTP_PORT = freePort();
    private final LocalMailServer mail = LocalMailServer.start(SMTP_PORT);
    private Api admin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.mail.port", String.valueOf(SMTP_PORT));
        return properties;
    }

    @BeforeAll
    void region() {
        regions.ensure(new Region(REGION, "座席町見守りネットワーク", "Seat Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
    }

    @AfterAll
    void stopMail() {
        mail.close();
    }

    @Test
    void theSeatsGoFirstThenTheWaitlistInOrder() {
        long seminar = seminar("二席のセミナー", 2);
        assertThat(apply(seminar, "青木 一郎", "アオキ イチロウ", "03-1111-0001", null).get("status").getStringValue()).isEqualTo("registered");
        assertThat(apply(seminar, "井上 二郎", "イノウエ ジロウ", "03-1111-0002", null).get("status").getStringValue()).isEqualTo("registered");
        JsonNode third = apply(seminar, "上田 三子", "ウエダ ミツコ", "03-1111-0003", null);
        JsonNode fourth = apply(seminar, "江藤 四郎", "エトウ シロウ", "03-1111-0004", null);
        assertThat(third.get("status").getStringValue()).isEqualTo("waitlisted");
        assertThat(third.get("waitlistPosition").getIntValue()).isEqualTo(1);
        assertThat(fourth.get("waitlistPosition").getIntValue()).isEqualTo(2);

        JsonNode session = admin.get(path("/seminars/" + seminar)).json().get("sessions").get(0);
        assertThat(session.get("registered").getIntValue()).isEqualTo(2);
        assertThat(session.get("waitlisted").getIntValue()).isEqualTo(2);
        assertThat(third.get("channel").getStringValue()).isEqualTo("phone");
    }

    @Test
    void applyingTwiceForTheSameSessionIsA409AndCountsNothingTwice() {
        long seminar = seminar("二重申込のセミナー", 10);
        JsonNode first = apply(seminar, "大野 五郎", "オオノ ゴロウ", "03-2222-0001", null);
        Api.Reply again = admin.post(path("/seminars/" + seminar + "/registrations"),
                write(application(person("大野 五郎", "おおの ごろう", "03-2222-0001", null), "paper")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").getStringValue()).contains("既に申し込まれています");
        Map<String, Object> byId = new HashMap<>();
        byId.put("participantId", first.get("participantId").getLongValue());
        assertThat(admin.post(path("/seminars/" + seminar + "/registrations"), write(byId)).status()).isEqualTo(409);
        assertThat(admin.get(path("/seminars/" + seminar)).json().get("sessions").get(0).get("registered").getIntValue()).isEqualTo(1);
    }

    @Test
    void aCancellationMovesTheFirstWaitingPersonUpAndEmailsThem() throws Exception {
        long seminar = seminar("キャンセル待ちのセミナー", 1);
        JsonNode holder = apply(seminar, "加藤 六子", "カトウ ムツコ", "03-3333-0001", null);
        JsonNode waiting = apply(seminar, "木村 七子", "キムラ ナナコ", null, "kimura@seat-town.example");
        JsonNode later = apply(seminar, "工藤 八郎", "クドウ ハチロウ", null, "kudo@seat-town.example");
        int before = mail.received().size();

        Api.Reply cancelled = admin.post(path("/seminar-registrations/" + holder.get("id").getLongValue() + "/cancel"), "{}");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        JsonNode result = cancelled.json();
        assertThat(result.get("registration").get("status").getStringValue()).isEqualTo("cancelled");
        assertThat(result.get("promoted").size()).isEqualTo(1);
        assertThat(result.get("promoted").get(0).get("name").getStringValue()).isEqualTo("木村 七子");
        assertThat(result.get("notices").get("emailed").getIntValue()).isEqualTo(1);
        List<MimeMessage> received = mail.received().subList(before, mail.received().size());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo("kimura@seat-town.example");
        assertThat(received.get(0).getSubject()).isEqualTo("【参加確定】キャンセル待ちのセミナー");
        assertThat(LocalMailServer.text(received.get(0))).contains("木村 七子 様").contains("参加が確定しました").contains("座席町見守りネットワーク");

        List<JsonNode> list = registrations(sessionOf(seminar));
        assertThat(statusOf(list, waiting.get("id").getLongValue())).isEqualTo("registered");
        assertThat(statusOf(list, later.get("id").getLongValue())).isEqualTo("waitlisted");
        assertThat(list.stream().filter(r -> r.get("id").getLongValue() == later.get("id").getLongValue()).findFirst().orElseThrow()
                .get("waitlistPosition").getIntValue()).isEqualTo(1);

        Api.Reply twice = admin.post(path("/seminar-registrations/" + holder.get("id").getLongValue() + "/cancel"), "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(registrations(sessionOf(seminar)).stream().filter(r -> r.get("status").getStringValue().equals("registered")).count())
                .isEqualTo(1);
    }

    @Test
    void someoneWithoutEmailWhoMovesUpIsLeftForStaffToCall() {
        long seminar = seminar("電話で知らせるセミナー", 1);
        JsonNode holder = apply(seminar, "佐藤 九子", "サトウ キュウコ", "03-4444-0001", null);
        apply(seminar, "清水 十郎", "シミズ ジュウロウ", "03-4444-0002", null);
        JsonNode notices = admin.post(path("/seminar-registrations/" + holder.get("id").getLongValue() + "/cancel"), "{}").json().get("notices");
        assertThat(notices.get("emailed").getIntValue()).isZero();
        assertThat(notices.get("toCall").get(0).get("name").getStringValue()).isEqualTo("清水 十郎");
        assertThat(notices.get("toCall").get(0).get("phone").getStringValue()).isEqualTo("03-4444-0002");
    }

    @Test
    void movingASessionTellsEveryoneHoldingOrWaitingForASeat() throws Exception {
        long seminar = seminar("日時が変わるセミナー", 1);
        apply(seminar, "田中 一子", "タナカ カズコ", null, "tanaka@seat-town.example");
        apply(seminar, "千葉 二郎", "チバ ジロウ", "03-5555-0002", null);
        JsonNode session = admin.get(path("/seminars/" + seminar)).json().get("sessions").get(0);
        int before = mail.received().size();

        Map<String, Object> moved = SeminarFixtures.session(inDays(21), 2);
        moved.put("version", session.get("version").getIntValue());
        Api.Reply reply = admin.put(path("/seminar-sessions/" + session.get("id").getLongValue()), write(moved));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("session").get("startsAt").getStringValue()).startsWith(inDays(21).toLocalDate().toString());
        assertThat(reply.json().get("notices").get("emailed").getIntValue()).isEqualTo(1);
        assertThat(reply.json().get("notices").get("toCall").get(0).get("name").getStringValue()).isEqualTo("千葉 二郎");
        List<MimeMessage> received = mail.received().subList(before, mail.received().size());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("【日時変更】日時が変わるセミナー");
        assertThat(LocalMailServer.text(received.get(0))).contains("新しい日時").contains("14:00〜16:00");

        Api.Reply stale = admin.put(path("/seminar-sessions/" + session.get("id").getLongValue()), write(moved));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void aPlaceCannotBeCancelledNorAppliedForOnceTheSessionHasBegun() {
        long seminar = seminar("始まったセミナー", 5);
        JsonNode registration = apply(seminar, "土屋 三郎", "ツチヤ サブロウ", "03-6666-0001", null);
        SeminarFixtures.shiftSession(registration.get("sessionId").getLongValue(), -15 * 24);

        Api.Reply cancel = admin.post(path("/seminar-registrations/" + registration.get("id").getLongValue() + "/cancel"), "{}");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().get("detail").getStringValue()).contains("開始時刻を過ぎた回の申込は取り消せません");
        Api.Reply late = admin.post(path("/seminars/" + seminar + "/registrations"),
                write(application(person("手塚 四郎", "テヅカ シロウ", "03-6666-0002", null), "phone")));
        assertThat(late.status()).isEqualTo(409);
        assertThat(statusOf(registrations(registration.get("sessionId").getLongValue()), registration.get("id").getLongValue()))
                .isNotEqualTo("cancelled");
    }

    @Test
    void aCourseApplicationTakesEverySessionStillToComeAndAnswersTheQuestions() {
        Api.Reply created = admin.post(path("/seminars"), aWeeklyCourse(3).with("title", "三回の料理教室")
                .with("questions", List.of("アレルギー")).json(json));
        long course = created.json().get("id").getLongValue();
        Map<String, Object> form = application(person("中村 五子", "ナカムラ イツコ", "03-7777-0001", null), "paper");
        form.put("answers", Map.of("アレルギー", "えび"));
        Api.Reply reply = admin.post(path("/seminars/" + course + "/registrations"), write(form));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().size()).isEqualTo(3);
        assertThat(reply.json().get(0).get("answers").get("アレルギー").getStringValue()).isEqualTo("えび");
        assertThat(reply.json().get(0).get("channel").getStringValue()).isEqualTo("paper");

        form.put("answers", Map.of("好きな食べ物", "すし"));
        form.put("participant", person("西田 六郎", "ニシダ ロクロウ", "03-7777-0002", null));
        Api.Reply unknownQuestion = admin.post(path("/seminars/" + course + "/registrations"), write(form));
        assertThat(unknownQuestion.status()).isEqualTo(400);
        assertThat(unknownQuestion.body()).contains("このセミナーにない質問");
    }

    @Test
    void anApplicationWithoutAWayToReachThePersonOrWithAWrongChannelIsRefused() {
        long seminar = seminar("連絡先のいるセミナー", 5);
        Api.Reply noContact = admin.post(path("/seminars/" + seminar + "/registrations"),
                write(application(person("野口 七郎", "ノグチ シチロウ", null, null), "phone")));
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(noContact.body()).contains("participant.phone");
        Api.Reply online = admin.post(path("/seminars/" + seminar + "/registrations"),
                write(application(person("野口 七郎", "ノグチ シチロウ", "03-8888-0001", null), "online")));
        assertThat(online.status()).isEqualTo(400);
        Api.Reply kanji = admin.post(path("/seminars/" + seminar + "/registrations"),
                write(application(person("野口 七郎", "野口", "03-8888-0001", null), "phone")));
        assertThat(kanji.status()).isEqualTo(400);
        assertThat(kanji.body()).contains("カタカナ");
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

    private long sessionOf(long seminar) {
        return admin.get(path("/seminars/" + seminar)).json().get("sessions").get(0).get("id").getLongValue();
    }

    private List<JsonNode> registrations(long session) {
        return SeminarPlanningTest.stream(admin.get(path("/seminar-sessions/" + session + "/registrations")).json()).toList();
    }

    private static String statusOf(List<JsonNode> list, long id) {
        return list.stream().filter(r -> r.get("id").getLongValue() == id).findFirst().orElseThrow().get("status").getStringValue();
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
