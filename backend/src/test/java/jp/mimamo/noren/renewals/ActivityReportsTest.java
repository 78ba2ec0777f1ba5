package jp.mimamo.noren.renewals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The yearly activity report (協賛活動報告書) of one sponsor, and of every pledging sponsor for posting. */
@MicronautTest
class ActivityReportsTest extends ApiTestBase {
    static final String REGION = "report-town";
    static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear() - 1;
    private Api admin;
    private long renewed;
    private long declined;

    @BeforeAll
    void threeSponsorsLastYear() {
        regions.ensure(new Region(REGION, "みま～も報告町", "Report Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
        admin.put(path("/renewal-settings"), "{\"unitFee\":10000,\"proration\":\"none\"}");
        renewed = sponsor("㈱髙﨑薬局", "タカサキヤッキョク");
        declined = sponsor("辞退した商店", "ジタイシタショウテン");
        long newcomer = sponsor("新しく加わった病院", "アタラシクビョウイン");
        answer(renewed, "renewed", 3);
        answer(declined, "declined", 1);
        answer(newcomer, "new", 1);
    }

    @Test
    void oneSponsorsReportShowsItsUnitsFeeAndBenefitsAndThatNoSeminarsAreRecordedYet() throws IOException {
        Api.Bytes pdf = admin.bytes("GET", path("/sponsors/" + renewed + "/sponsorships/" + YEAR + "/activity-report.pdf"), null, null);

        String text = text(pdf, 1);
        assertThat(text).contains(new FiscalYear(YEAR).label(java.util.Locale.JAPANESE) + "　協賛活動報告書", "㈱髙﨑薬局",
                "みま～も報告町", "3口", "30,000円", "・ホームページ掲載（提供済み）", "・見守り通信へのロゴ掲載（提供済み）",
                "この年度のセミナー・講座の記録はまだありません。");
        assertThat(pdf.contentDisposition()).contains("filename*=UTF-8''");
    }

    @Test
    void aYearWithoutAPledgeHasNoReport() {
        Api.Bytes refused = admin.bytes("GET", path("/sponsors/" + declined + "/sponsorships/" + YEAR + "/activity-report.pdf"), null, null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("detail").getStringValue()).contains("活動報告書を作成できるのは", "辞退");
        assertThat(admin.bytes("GET", path("/sponsors/" + renewed + "/sponsorships/" + (YEAR - 5) + "/activity-report.pdf"), null, null)
                .status()).isEqualTo(404);
    }

    @Test
    void theYearsReportsAreOnePagePerPledgingSponsorInReadingOrder() throws IOException {
        Api.Bytes pdf = admin.bytes("GET", path("/renewals/" + YEAR + "/activity-reports.pdf"), null, null);

        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(page(document, 1)).contains("新しく加わった病院");
            assertThat(page(document, 2)).contains("㈱髙﨑薬局");
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("辞退した商店");
        }
    }

    private long sponsor(String name, String kana) {
        Api.Reply reply = admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", name).with("nameKana", kana).json());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
    }

    private void answer(long sponsorId, String status, int units) {
        Api.Reply reply = admin.put(path("/sponsors/" + sponsorId + "/sponsorships/" + YEAR), "{\"status\":\"" + status
                + "\",\"units\":" + units + ",\"benefits\":[\"ホームページ掲載\",\"見守り通信へのロゴ掲載\"],\"reason\":\"紙の台帳から移行\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    static String text(Api.Bytes pdf, int pages) throws IOException {
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            return new PDFTextStripper().getText(document);
        }
    }

    private static String page(PDDocument document, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document);
    }

    static String path(String rest) {
        return "/api/v1/regions/" + REGION + rest;
    }
}
