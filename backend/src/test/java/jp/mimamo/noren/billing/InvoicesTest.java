package jp.mimamo.noren.billing;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A region admin issues a sponsor's invoice for a year and prints it. */
@MicronautTest
class InvoicesTest extends BillingTestBase {

    @BeforeEach
    void aRegisteredRegion() {
        aRegion("{\"unitFee\":12000,\"proration\":\"none\",\"invoiceRegistrationNumber\":\"T1234567890123\","
                + "\"paymentNote\":\"振込先：請求町信用金庫 本店 普通 7654321\"}");
    }

    @Test
    void issuingNumbersTheInvoiceSetsTheInvoiceDateAndRecordsItInTheHistory() {
        long sponsor = sponsor("請求先病院");
        answer(sponsor, "renewed", 3);

        Api.Reply issued = admin.post(year(sponsor, "/invoice"), "{}");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("number").getStringValue()).isEqualTo("I" + YEAR + "-0001");
        assertThat(issued.json().get("amount").getIntValue()).isEqualTo(36_000);
        JsonNode row = admin.get(path("/sponsors/" + sponsor + "/sponsorships")).json().get(0);
        assertThat(row.get("invoicedOn").getStringValue()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Tokyo")).toString());
        Api.Reply history = admin.get(year(sponsor, "/history"));
        assertThat(history.json().get(0).get("action").getStringValue()).isEqualTo("invoiced");
        assertThat(history.body()).contains("\"invoiceNumber\"", "\"I" + YEAR + "-0001\"", "\"invoicedOn\"");
    }

    @Test
    void issuingAgainReturnsTheSameInvoiceAndTheNextSponsorGetsTheNextNumber() {
        long first = sponsor("一番目の病院");
        long second = sponsor("二番目の薬局");
        answer(first, "renewed", 1);
        answer(second, "new", 2);

        Api.Reply issued = admin.post(year(first, "/invoice"), "{}");
        Api.Reply again = admin.post(year(first, "/invoice"), "{}");
        Api.Reply next = admin.post(year(second, "/invoice"), "{}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("number").getStringValue()).isEqualTo(issued.json().get("number").getStringValue());
        assertThat(next.json().get("number").getStringValue()).isEqualTo("I" + YEAR + "-0002");
        assertThat(admin.get(year(first, "/history")).json().size()).as("one 'invoiced' entry after 'created'").isEqualTo(2);
        JsonNode billing = admin.get(path("/sponsors/" + first + "/billing")).json();
        assertThat(billing.get("invoices").size()).isEqualTo(1);
        assertThat(billing.get("receipts").size()).isZero();
    }

    @Test
    void thePdfCarriesTheQualifiedInvoiceItemsAndEmbedsItsFont() throws Exception {
        long sponsor = sponsor("㈱髙﨑薬局");
        answer(sponsor, "renewed", 3);
        admin.post(year(sponsor, "/invoice"), "{}");

        Api.Bytes pdf = pdf("GET", year(sponsor, "/invoice.pdf"));

        assertThat(text(pdf)).contains("請求書", "I" + YEAR + "-0001", "㈱髙﨑薬局", "山田 花子　様", "みま～も請求町",
                "登録番号　T1234567890123", "¥36,000-", "3口", "¥12,000", "不課税", "消費税額", "振込先：請求町信用金庫 本店 普通 7654321");
        assertThat(pdf.contentDisposition()).contains("invoice-I" + YEAR + "-0001.pdf", "filename*=UTF-8''");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDResources resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).isTrue();
            }
            assertThat(resources.getFontNames()).isNotEmpty();
        }
    }

    @Test
    void theInvoiceKeepsWhatItSaidWhenTheSponsorIsRenamedLater() throws Exception {
        long sponsor = sponsor("旧名称の病院");
        answer(sponsor, "renewed", 1);
        admin.post(year(sponsor, "/invoice"), "{}");
        admin.put(path("/sponsors/" + sponsor), jp.mimamo.noren.sponsors.SponsorFixtures.aHospital().with("name", "新名称の病院")
                .with("version", 0).json());

        assertThat(text(pdf("GET", year(sponsor, "/invoice.pdf")))).contains("旧名称の病院").doesNotContain("新名称の病院");
    }

    @Test
    void aDeclinedOrUnansweredYearCannotBeInvoiced() {
        long declined = sponsor("辞退した企業");
        long pending = sponsor("返事のない企業");
        answer(declined, "declined", 1);
        answer(pending, "pending", 1);

        for (long sponsor : new long[] {declined, pending}) {
            Api.Reply refused = admin.post(year(sponsor, "/invoice"), "{}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("type").getStringValue()).endsWith("/invalid-state");
            assertThat(refused.json().get("detail").getStringValue()).contains("請求書を発行できるのは", "継続");
        }
        assertThat(admin.get(year(declined, "/invoice.pdf")).status()).isEqualTo(409);
        assertThat(admin.get(path("/sponsors/" + declined + "/sponsorships")).json().get(0).get("invoicedOn").isNull()).isTrue();
    }

    @Test
    void anUnregisteredRegionPrintsNoRegistrationNumberAndAYearWithoutRowIsNotFound() throws Exception {
        aRegion("{\"unitFee\":10000,\"proration\":\"none\"}");
        long sponsor = sponsor("番号のない病院");
        answer(sponsor, "renewed", 1);
        admin.post(year(sponsor, "/invoice"), "{}");

        assertThat(text(pdf("GET", year(sponsor, "/invoice.pdf")))).contains("不課税").doesNotContain("登録番号");
        assertThat(admin.post(path("/sponsors/" + sponsor + "/sponsorships/" + (YEAR - 3) + "/invoice"), "{}").status()).isEqualTo(404);
    }

    @Test
    void aSealUploadedBeforeIssuingIsPrinted() throws Exception {
        admin.bytes("POST", path("/seal"), jp.mimamo.noren.support.TestImages.sealPng(), "image/png");
        long sponsor = sponsor("印影つき請求先");
        answer(sponsor, "renewed", 1);
        admin.post(year(sponsor, "/invoice"), "{}");

        try (PDDocument document = Loader.loadPDF(pdf("GET", year(sponsor, "/invoice.pdf")).body())) {
            PDPage page = document.getPage(0);
            long images = java.util.stream.StreamSupport.stream(page.getResources().getXObjectNames().spliterator(), false)
                    .filter(name -> page.getResources().isImageXObject(name)).count();
            assertThat(images).isEqualTo(1);
        }
    }
}
