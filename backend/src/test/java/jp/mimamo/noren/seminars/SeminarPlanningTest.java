package jp.mimamo.noren.seminars;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static jp.mimamo.noren.seminars.SeminarFixtures.aMonthlySeminar;
import static jp.mimamo.noren.seminars.SeminarFixtures.aWeeklyCourse;
import static jp.mimamo.noren.seminars.SeminarFixtures.inDays;
import static jp.mimamo.noren.seminars.SeminarFixtures.organiser;
import static org.assertj.core.api.Assertions.assertThat;

/** Venues and seminar plans: organisers with the rule of three, sessions, and the checks on what is entered. */
@MicronautTest
class SeminarPlanningTest extends ApiTestBase {
    private static final String REGION = "plan-town";
    private Api admin;
    private long venue;
    private long sponsor;

    @BeforeAll
    void aStationAndASponsor() {
        regions.ensure(new Region(REGION, "計画町見守りネットワーク", "Plan Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
        Api.Reply created = admin.post(path("/seminar-venues"), "{\"name\":\"みま～もステーション アキナイ山王亭\",\"address\":\"東京都大田区山王3丁目\",\"capacity\":40}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        venue = created.json().get("id").getLongValue();
        sponsor = admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", "山王みなみ病院").json()).json().get("id").getLongValue();
    }

    @Test
    void aSeminarRunByThreeDifferentRolesMeetsTheRuleOfThree() {
        JsonNode seminar = create(aMonthlySeminar().with("venueId", venue).with("organisers", List.of(
                organiser(sponsor, null, "medical", "lecture"),
                organiser(null, "入新井地域包括支援センター", "government", "host"),
                organiser(null, "山王商店会", "shopping-street", "support"))));

        assertThat(seminar.get("ruleOfThree").get("met").getBooleanValue()).isTrue();
        assertThat(seminar.get("venueName").getStringValue()).contains("アキナイ山王亭");
        JsonNode lecturer = seminar.get("organisers").get(0);
        assertThat(lecturer.get("name").getStringValue()).isEqualTo("山王みなみ病院");
        assertThat(lecturer.get("roleLabel").getStringValue()).isEqualTo("医療");
        assertThat(seminar.get("sessions").size()).isEqualTo(1);
        assertThat(seminar.get("sessions").get(0).get("capacity").getIntValue()).isEqualTo(120);
    }

    @Test
    void aSeminarWithTwoRolesIsFlaggedAndShowsInTheList() {
        JsonNode seminar = create(aMonthlySeminar().with("title", "二者だけの講座").with("organisers", List.of(
                organiser(null, "Aクリニック", "medical", "host"), organiser(null, "Bクリニック", "medical", "lecture"),
                organiser(null, "C介護事業所", "care", "support"))));

        assertThat(seminar.get("ruleOfThree").get("met").getBooleanValue()).isFalse();
        assertThat(seminar.get("ruleOfThree").get("missingRoles").getIntValue()).isEqualTo(1);
        JsonNode line = find(admin.get(path("/seminars?q=二者")).json(), "二者だけの講座");
        assertThat(line.get("ruleOfThree").getBooleanValue()).isFalse();
        assertThat(line.get("organisations").getIntValue()).isEqualTo(3);
    }

    @Test
    void aWeeklyCourseHasItsSessionsOnTheCalendar() {
        JsonNode course = create(aWeeklyCourse(4).with("title", "カレンダーの体操教室"));
        assertThat(course.get("sessions").size()).isEqualTo(4);
        String from = inDays(0).toLocalDate().toString();
        String to = inDays(40).toLocalDate().toString();
        JsonNode calendar = admin.get(path("/seminar-calendar?from=" + from + "&to=" + to)).json();
        long onCalendar = stream(calendar).filter(e -> e.get("title").getStringValue().equals("カレンダーの体操教室")).count();
        assertThat(onCalendar).isEqualTo(4);
    }

    @Test
    void aSessionCanBeAddedToACourseButNotToAOneOffSeminar() {
        JsonNode course = create(aWeeklyCourse(1).with("title", "増える講座"));
        Api.Reply added = admin.post(path("/seminars/" + course.get("id").getLongValue() + "/sessions"),
                write(SeminarFixtures.session(inDays(30), 1)));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        JsonNode single = create(aMonthlySeminar().with("title", "一回だけ"));
        Api.Reply refused = admin.post(path("/seminars/" + single.get("id").getLongValue() + "/sessions"),
                write(SeminarFixtures.session(inDays(30), 1)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("連続講座");
    }

    @Test
    void editsNeedTheVersionReadAndAStaleOneIsA409() {
        JsonNode seminar = create(aMonthlySeminar().with("title", "版を確かめる講座"));
        String path = path("/seminars/" + seminar.get("id").getLongValue());
        Api.Reply saved = admin.put(path, write(aMonthlySeminar().with("title", "版を確かめる講座（改）").with("version", 0).fields()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("version").getIntValue()).isEqualTo(1);

        Api.Reply stale = admin.put(path, write(aMonthlySeminar().with("title", "古い版").with("version", 0).fields()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").getStringValue()).endsWith("stale-version");
        assertThat(admin.get(path).json().get("title").getStringValue()).isEqualTo("版を確かめる講座（改）");
    }

    @Test
    void badPlansAreRefusedFieldByFieldInJapanese() {
        Api.Reply reply = admin.post(path("/seminars"), write(aMonthlySeminar().with("title", " ").with("capacity", 0)
                .with("organisers", List.of(organiser(987654321L, null, "medical", "host"), organiser(null, null, "casino", "host")))
                .with("sessions", List.of(Map.of("startsAt", inDays(3).toString(), "endsAt", inDays(3).minusHours(1).toString())))
                .fields()));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"title\"").contains("\"field\":\"capacity\"")
                .contains("organisers[1].name").contains("organisers[1].role").contains("sessions[0].endsAt")
                .contains("終了時刻は開始時刻より後");
    }

    @Test
    void aSponsorThatIsNotTheRegionsIsRefused() {
        Api.Reply reply = admin.post(path("/seminars"), write(aMonthlySeminar()
                .with("organisers", List.of(organiser(987654321L, null, "medical", "host"))).fields()));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("organisers[0].sponsorId").contains("この地域に登録されていません");
    }

    @Test
    void aOneOffSeminarHasOneSessionAndNoneInThePast() {
        Api.Reply two = admin.post(path("/seminars"), write(aMonthlySeminar().with("sessions",
                List.of(SeminarFixtures.session(inDays(3), 1), SeminarFixtures.session(inDays(4), 1))).fields()));
        assertThat(two.status()).isEqualTo(400);
        Api.Reply past = admin.post(path("/seminars"), write(aMonthlySeminar().with("sessions",
                List.of(SeminarFixtures.session(inDays(-3), 1))).fields()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("sessions[0].startsAt");
    }

    @Test
    void aMalformedDateIsA400NotA500() {
        Api.Reply reply = admin.post(path("/seminars"), write(aMonthlySeminar().with("sessions",
                List.of(Map.of("startsAt", "2026-13-45T25:00"))).fields()));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("type").getStringValue()).endsWith("malformed-request");
    }

    @Test
    void venuesAreListedEditedAndArchived() {
        JsonNode hall = admin.post(path("/seminar-venues"), "{\"name\":\"山王会館\",\"capacity\":120}").json();
        Api.Reply archived = admin.put(path("/seminar-venues/" + hall.get("id").getLongValue()),
                "{\"name\":\"山王会館\",\"capacity\":120,\"archived\":true,\"version\":0}");
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(archived.json().get("archived").getBooleanValue()).isTrue();
        assertThat(admin.put(path("/seminar-venues/" + hall.get("id").getLongValue()), "{\"name\":\"x\",\"version\":0}").status()).isEqualTo(409);
        assertThat(admin.post(path("/seminar-venues"), "{\"name\":\"\"}").status()).isEqualTo(400);
    }

    @Test
    void centreStaffReadThePlanButDoNotChangeIt() {
        Api staff = api().as(TestTokens.centreStaff(REGION));
        assertThat(staff.get(path("/seminars")).status()).isEqualTo(200);
        assertThat(staff.post(path("/seminars"), aMonthlySeminar().json(json)).status()).isEqualTo(403);
    }

    private JsonNode create(SeminarFixtures seminar) {
        Api.Reply reply = admin.post(path("/seminars"), seminar.json(json));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private String write(Object body) {
        return SeminarFixtures.write(json, body);
    }

    static JsonNode find(JsonNode list, String title) {
        return stream(list).filter(n -> n.get("title").getStringValue().equals(title)).findFirst().orElseThrow();
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.values().forEach(nodes::add);
        return nodes.stream();
    }

    private static String path(String rest) {
        return "/api/v1/regions/" + REGION + rest;
    }
}
