package jp.mimamo.noren.billing;

import io.micronaut.json.tree.JsonNode;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A region of its own per test, with sponsors whose year is answered and paid as each test needs. */
abstract class BillingTestBase extends ApiTestBase {
    static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private static final AtomicInteger TOWNS = new AtomicInteger();
    String region;
    Api admin;

    /** A new region named 請求町 with its renewal settings saved. */
    void aRegion(String settings) {
        region = "billing-town-" + TOWNS.incrementAndGet();
        regions.ensure(new Region(region, "みま～も請求町", "Billing Town"));
        admin = api().as(TestTokens.regionAdmin(region));
        Api.Reply saved = admin.put(path("/renewal-settings"), settings);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    long sponsor(String name) {
        Api.Reply reply = admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", name).json());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
    }

    /** Creates the year with this answer and units (10,000 yen a unit unless the settings say otherwise). */
    JsonNode answer(long sponsorId, String status, int units) {
        Api.Reply reply = admin.put(year(sponsorId, ""), "{\"status\":\"" + status + "\",\"units\":" + units
                + ",\"benefits\":[\"ホームページ掲載\",\"見守り通信へのロゴ掲載\"]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    JsonNode pay(long sponsorId, int amount) {
        Api.Reply reply = admin.post(year(sponsorId, "/payment"), "{\"paidOn\":\"" + YEAR + "-05-10\",\"method\":\"transfer\",\"amount\":"
                + amount + ",\"version\":" + version(sponsorId) + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    int version(long sponsorId) {
        return admin.get(path("/sponsors/" + sponsorId + "/sponsorships")).json().get(0).get("version").getIntValue();
    }

    Api.Bytes pdf(String method, String path) {
        return admin.bytes(method, path, null, null);
    }

    static String text(Api.Bytes pdf) throws IOException {
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    String year(long sponsorId, String rest) {
        return path("/sponsors/" + sponsorId + "/sponsorships/" + YEAR + rest);
    }

    String path(String rest) {
        return "/api/v1/regions/" + region + rest;
    }
}
