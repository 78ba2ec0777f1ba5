package jp.mimamo.noren.seminars;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.devstack.EmbeddedDatabase;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static jp.mimamo.noren.seminars.SeminarFixtures.aMonthlySeminar;
import static jp.mimamo.noren.seminars.SeminarFixtures.aWeeklyCourse;
import static jp.mimamo.noren.seminars.SeminarFixtures.application;
import static jp.mimamo.noren.seminars.SeminarFixtures.organiser;
import static jp.mimamo.noren.seminars.SeminarFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session at the door and after it: the printed name list, tickets with a QR code, check-in by code, walk-ins, then
 * the figures: per seminar, per fiscal year, and the regulars who stopped coming.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttendanceTest extends ApiTestBase {
    private static final String REGION = "door-town";
    private Api staff;
    private long seminar;
    private long session;
    private long sponsor;
    private JsonNode takasaki;
    private JsonNode nakamura;
    private JsonNode waiting;

    @BeforeAll
    void aSeminarWithTwoSeatsTakenAndOneWaiting() {
        regions.ensure(new Region(REGION, "受付町見守りネットワーク", "Door Town"));
        Api admin = api().as(TestTokens.regionAdmin(REGION));
        staff = api().as(TestTokens.centreStaff(REGION));
        sponsor = admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", "受付町病院").json()).json().get("id").getLongValue();
        seminar = admin.post(path("/seminars"), aMonthlySeminar().with("title", "認知症サポーター養成講座").with("capacity", 2)
                .with("organisers", List.of(organiser(sponsor, null, "medical", "lecture"), organiser(null, "受付町役場", "government", "host"),
                        organiser(null, "受付町商店会", "shopping-street", "support"))).json(json)).json().get("id").getLongValue();
        Map<String, Object> form = application(person("髙橋 﨑子", "タカハシ サキコ", "03-1212-0001", null), "phone");
        form.put("answers", Map.of("入口近くの席を希望", "はい"));
        takasaki = staff.post(path("/seminars/" + seminar + "/registrations"), write(form)).json().get(0);
        nakamura = staff.post(path("/seminars/" + seminar + "/registrations"),
                write(application(person("中村 正", "ナカムラ タダシ", "03-1212-0002", null), "paper"))).json().get(0);
        waiting = staff.post(path("/seminars/" + seminar + "/registrations"),
                write(application(person("森 一郎", "モリ イチロウ", "03-1212-0003", null), "phone"))).json().get(0);
        session = takasaki.get("sessionId").getLongValue();
    }

    @Test
    @Order(1)
    void theDoorListNamesEveryoneWithTheirReadingAndATickBox() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download("/seminar-sessions/" + session + "/door-list.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("受付名簿").contains("認知症サポーター養成講座")
                    .contains("髙橋 﨑子").contains("タカハシ サキコ").contains("中村 正").contains("ナカムラ タダシ")
                    .contains("入口近くの席を希望: はい").contains("森 一郎").contains("待1").contains("□").contains("当日")
                    .contains("定員 2名");
            assertThat(text.indexOf("中村 正")).isLessThan(text.indexOf("森 一郎"));
        }
    }

    @Test
    @Order(2)
    void aTicketCarriesTheCheckInCodeAsAQrCode() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download("/seminar-registrations/" + takasaki.get("id").getLongValue() + "/ticket.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("参加証").contains("髙橋 﨑子 様").contains(takasaki.get("checkInCode").getStringValue());
            var resources = pdf.getPage(0).getResources();
            boolean hasImage = false;
            for (COSName name : resources.getXObjectNames()) {
                hasImage |= resources.getXObject(name) instanceof PDImageXObject;
            }
            assertThat(hasImage).isTrue();
        }
    }

    @Test
    @Order(3)
    void aScannedOrTypedCodeTicksThePersonsRegistration() {
        String code = takasaki.get("checkInCode").getStringValue();
        String typed = toFullWidth(code.substring(0, 4).toLowerCase()) + "-" + code.substring(4);
        Api.Reply reply = staff.post(path("/seminar-sessions/" + session + "/check-ins"), "{\"code\":\"" + typed + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("walkIn").getBooleanValue()).isFalse();
        assertThat(reply.json().get("registration").get("status").getStringValue()).isEqualTo("attended");

        Api.Reply unknown = staff.post(path("/seminar-sessions/" + session + "/check-ins"), "{\"code\":\"ZZZZ9999\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("受付コードの参加者は見つかりません");
    }

    @Test
    @Order(4)
    void aWalkInGetsInEvenWhenTheSessionIsFull() {
        Api.Reply reply = staff.post(path("/seminar-sessions/" + session + "/walk-ins"),
                write(Map.of("participant", person("当日 来子", "トウジツ キコ", "03-1212-0009", null))));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("walkIn").getBooleanValue()).isTrue();
        JsonNode registration = reply.json().get("registration");
        assertThat(registration.get("channel").getStringValue()).isEqualTo("walk-in");
        assertThat(registration.get("status").getStringValue()).isEqualTo("attended");
        JsonNode counts = staff.get(path("/seminars/" + seminar)).json().get("sessions").get(0);
        assertThat(counts.get("registered").getIntValue()).isEqualTo(3);
        assertThat(counts.get("attended").getIntValue()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void aTickCanBeTakenBack() {
        String tick = path("/seminar-registrations/" + nakamura.get("id").getLongValue() + "/attendance");
        assertThat(staff.post(tick, "{\"attended\":true}").json().get("status").getStringValue()).isEqualTo("attended");
        assertThat(staff.post(tick, "{\"attended\":false}").json().get("status").getStringValue()).isEqualTo("registered");
        assertThat(staff.post(tick, "{}").status()).isEqualTo(400);
    }

    @Test
    @Order(6)
    void afterTheSessionTheFiguresShowAttendedNoShowsAndWalkIns() {
        SeminarFixtures.shiftSession(session, -15 * 24);
        JsonNode report = staff.get(path("/seminars/" + seminar + "/participation")).json();
        JsonNode line = report.get("sessions").get(0);
        assertThat(line.get("registered").getIntValue()).isEqualTo(3);
        assertThat(line.get("waitlisted").getIntValue()).isEqualTo(1);
        assertThat(line.get("attended").getIntValue()).isEqualTo(2);
        assertThat(line.get("noShows").getIntValue()).isEqualTo(1);
        assertThat(line.get("walkIns").getIntValue()).isEqualTo(1);
        assertThat(report.get("totalAttendances").getIntValue()).isEqualTo(2);
        assertThat(report.get("uniqueParticipants").getIntValue()).isEqualTo(2);
        assertThat(report.get("firstTimers").getIntValue()).isEqualTo(2);

        List<JsonNode> list = SeminarPlanningTest.stream(staff.get(path("/seminar-sessions/" + session + "/registrations")).json()).toList();
        assertThat(list.stream().filter(r -> r.get("id").getLongValue() == nakamura.get("id").getLongValue()).findFirst().orElseThrow()
                .get("status").getStringValue()).isEqualTo("no-show");
    }

    @Test
    @Order(7)
    void theFiscalYearReportCountsHeldSessionsAndPeople() {
        int year = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(15)).startYear();
        JsonNode report = staff.get(path("/seminar-statistics/years/" + year)).json();
        assertThat(report.get("sessionsHeld").getIntValue()).isEqualTo(1);
        assertThat(report.get("attendances").getIntValue()).isEqualTo(2);
        assertThat(report.get("uniqueParticipants").getIntValue()).isEqualTo(2);
        assertThat(report.get("noShows").getIntValue()).isEqualTo(1);
        assertThat(report.get("walkIns").getIntValue()).isEqualTo(1);
        assertThat(report.get("ruleOfThreePercent").getDoubleValue()).isEqualTo(100.0);
        assertThat(report.get("fiscalYearLabel").getStringValue()).endsWith("年度");
        assertThat(staff.get(path("/seminar-statistics/years/1800")).status()).isEqualTo(400);
    }

    @Test
    @Order(8)
    void theSponsorsActivityListsTheSeminarItLecturedAndThePeopleReached() {
        int year = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(15)).startYear();
        JsonNode lines = staff.get(path("/sponsors/" + sponsor + "/seminar-activity?year=" + year)).json();
        assertThat(lines.size()).isEqualTo(1);
        assertThat(lines.get(0).get("part").getStringValue()).isEqualTo("lecture");
        assertThat(lines.get(0).get("sessionsHeld").getIntValue()).isEqualTo(1);
        assertThat(lines.get(0).get("attendances").getIntValue()).isEqualTo(2);
        assertThat(staff.get(path("/sponsors/987654321/seminar-activity")).status()).isEqualTo(404);
    }

    @Test
    @Order(9)
    void aRegularWhoStoppedComingIsListedAfterTheWeeksAsked() {
        Api admin = api().as(TestTokens.regionAdmin(REGION));
        JsonNode course = admin.post(path("/seminars"), aWeeklyCourse(2).with("title", "以前の体操教室").json(json)).json();
        Map<String, Object> form = application(person("来なくなった 人", "コナクナッタ ヒト", "03-1212-0100", null), "phone");
        JsonNode registrations = admin.post(path("/seminars/" + course.get("id").getLongValue() + "/registrations"), write(form)).json();
        for (JsonNode r : registrations.values()) {
            staff.post(path("/seminar-registrations/" + r.get("id").getLongValue() + "/attendance"), "{\"attended\":true}");
            SeminarFixtures.shiftSession(r.get("sessionId").getLongValue(), -24 * 7 * 20);
        }
        JsonNode eightWeeks = staff.get(path("/seminar-statistics/lapsed?weeks=8")).json();
        assertThat(SeminarPlanningTest.stream(eightWeeks).map(n -> n.get("name").getStringValue())).contains("来なくなった 人");
        JsonNode thirtyWeeks = staff.get(path("/seminar-statistics/lapsed?weeks=30")).json();
        assertThat(SeminarPlanningTest.stream(thirtyWeeks).map(n -> n.get("name").getStringValue())).doesNotContain("来なくなった 人");
        assertThat(staff.get(path("/seminar-statistics/lapsed?weeks=0")).status()).isEqualTo(400);
        assertThat(staff.get(path("/seminar-statistics/lapsed?weeks=abc")).status()).isEqualTo(400);
    }

    @Test
    @Order(10)
    void theSponsorActivityViewShowsOnlyTheReadersRegion() throws Exception {
        try (java.sql.Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP)) {
            app.setAutoCommit(false);
            assertThat(activityRows(app)).isZero();
            try (var st = app.createStatement()) {
                st.execute("select set_config('app.region_id', '" + REGION + "', true)");
            }
            assertThat(activityRows(app)).isPositive();
            app.rollback();
            try (var st = app.createStatement()) {
                st.execute("select set_config('app.region_id', 'yamato', true)");
            }
            assertThat(activityRows(app)).isZero();
            app.rollback();
        }
    }

    private static long activityRows(java.sql.Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("select count(*) from sponsor_seminar_activity where region_id = '" + REGION + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private byte[] download(String rest) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + path(rest)))
                .header("Authorization", "Bearer " + TestTokens.centreStaff(REGION)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return response.body();
    }

    private static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(ch -> out.append(ch >= '!' && ch <= '~' ? (char) (ch + 0xFEE0) : (char) ch));
        return out.toString();
    }

    private String write(Object body) {
        return SeminarFixtures.write(json, body);
    }

    private static String path(String rest) {
        return "/api/v1/regions/" + REGION + rest;
    }
}
