package jp.mimamo.noren.seminars;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static jp.mimamo.noren.seminars.SeminarFixtures.aMonthlySeminar;
import static jp.mimamo.noren.seminars.SeminarFixtures.application;
import static jp.mimamo.noren.seminars.SeminarFixtures.organiser;
import static jp.mimamo.noren.seminars.SeminarFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

/** A sponsor's yearly activity report (協賛活動報告書) lists the seminars it lectured at, with the people who came. */
@MicronautTest
class SponsorActivityReportTest extends ApiTestBase {
    private static final String REGION = "report-town";
    private static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear() - 1;

    @Inject
    JsonMapper json;

    @Test
    void aLectureHeldLastYearIsInTheSponsorsReportWithItsAttendance() throws Exception {
        regions.ensure(new Region(REGION, "報告町見守りネットワーク", "Report Town"));
        Api admin = api().as(TestTokens.regionAdmin(REGION));
        long sponsor = admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", "報告町病院").json()).json()
                .get("id").getLongValue();
        admin.put(path("/sponsors/" + sponsor + "/sponsorships/" + YEAR), "{\"status\":\"renewed\",\"units\":2,\"reason\":\"台帳から移行\"}");
        long seminar = admin.post(path("/seminars"), aMonthlySeminar().with("title", "薬の飲み合わせと見守り")
                .with("organisers", List.of(organiser(sponsor, null, "medical", "lecture"), organiser(null, "報告町役場", "government", "host"),
                        organiser(null, "報告町商店会", "shopping-street", "support"))).json(json)).json().get("id").getLongValue();
        JsonNode first = admin.post(path("/seminars/" + seminar + "/registrations"),
                SeminarFixtures.write(json, application(person("髙橋 﨑子", "タカハシ サキコ", "03-3434-0001", null), "phone"))).json().get(0);
        admin.post(path("/seminars/" + seminar + "/registrations"),
                SeminarFixtures.write(json, application(person("中村 正", "ナカムラ タダシ", "03-3434-0002", null), "paper")));
        admin.post(path("/seminars/" + seminar + "/registrations"),
                SeminarFixtures.write(json, application(person("森 一郎", "モリ イチロウ", "03-3434-0003", null), "phone")));
        long session = first.get("sessionId").getLongValue();
        LocalDateTime planned = LocalDateTime.parse(first.get("sessionStartsAt").getStringValue());
        SeminarFixtures.shiftSession(session, Duration.between(planned, LocalDate.of(YEAR, 6, 10).atTime(14, 0)).toHours());
        attendTwo(session);

        String text = report(admin, sponsor);

        assertThat(text).contains("薬の飲み合わせと見守り", "講師", "2人").doesNotContain("記録はまだありません");
    }

    @Test
    void aSponsorThatRanNothingIsToldSo() throws Exception {
        regions.ensure(new Region(REGION, "報告町見守りネットワーク", "Report Town"));
        Api admin = api().as(TestTokens.regionAdmin(REGION));
        long sponsor = admin.post(path("/sponsors"), SponsorFixtures.aPharmacy().with("name", "静かな薬局").json()).json()
                .get("id").getLongValue();
        admin.put(path("/sponsors/" + sponsor + "/sponsorships/" + YEAR), "{\"status\":\"renewed\",\"units\":1,\"reason\":\"台帳から移行\"}");

        assertThat(report(admin, sponsor)).contains("記録はまだありません");
    }

    private static void attendTwo(long session) throws Exception {
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(
                "update seminar_registrations set attended_at = (select starts_at from seminar_sessions where id = ?)"
                        + " where id in (select id from seminar_registrations where session_id = ? and status = 'registered'"
                        + " order by id limit 2)")) {
            ps.setLong(1, session);
            ps.setLong(2, session);
            assertThat(ps.executeUpdate()).isEqualTo(2);
        }
    }

    private String report(Api admin, long sponsor) throws Exception {
        Api.Bytes pdf = admin.bytes("GET", path("/sponsors/" + sponsor + "/sponsorships/" + YEAR + "/activity-report.pdf"), null, null);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String path(String rest) {
        return "/api/v1/regions/" + REGION + rest;
    }
}
