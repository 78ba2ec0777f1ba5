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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The renewal requests as one printable PDF: a letter a page, for those still without an answer. */
@MicronautTest
class RenewalLettersTest extends ApiTestBase {
    private static final String REGION = "letter-town";
    private static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private Api admin;

    @BeforeAll
    void twoSponsorsWaitingOneAnswered() {
        regions.ensure(new Region(REGION, "手紙町見守りネットワーク", "Letter Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
        sponsor("髙﨑メディカル㈱", "info@takasaki.example");
        sponsor("郵送だけの薬局①", null);
        long answered = sponsor("答え済みの施設", null);
        admin.post(path("/renewals/" + YEAR + "/open"), "{}");
        admin.put(path("/sponsors/" + answered + "/sponsorships/" + YEAR), "{\"status\":\"renewed\",\"version\":0}");
    }

    @Test
    void everyoneWithoutAnAnswerGetsALetterPage() throws Exception {
        try (PDDocument pdf = download("")) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("髙﨑メディカル㈱").contains("郵送だけの薬局①").contains("年度").doesNotContain("答え済みの施設");
        }
    }

    @Test
    void thePostOnlyPrintLeavesOutThoseWhoGetEmail() throws Exception {
        try (PDDocument pdf = download("?postOnly=true")) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("郵送だけの薬局①").doesNotContain("髙﨑メディカル");
        }
    }

    private PDDocument download(String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURI() + path("/renewals/" + YEAR + "/letters.pdf" + query)))
                .header("Authorization", "Bearer " + TestTokens.regionAdmin(REGION)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
        return Loader.loadPDF(response.body());
    }

    private long sponsor(String name, String email) {
        Api.Reply reply = admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", name).with("email", email)
                .with("contacts", java.util.List.of()).json());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
    }

    private static String path(String rest) {
        return "/api/v1/regions/" + REGION + rest;
    }
}
