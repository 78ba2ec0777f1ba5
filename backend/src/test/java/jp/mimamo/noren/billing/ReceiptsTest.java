package jp.mimamo.noren.billing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.TestImages;
import jp.mimamo.noren.support.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** A region admin issues a receipt once a year's payment is recorded, and prints it (again). */
@MicronautTest
class ReceiptsTest extends BillingTestBase {

    @BeforeEach
    void aRegisteredRegion() {
        aRegion("{\"unitFee\":10000,\"proration\":\"none\",\"invoiceRegistrationNumber\":\"T9876543210987\"}");
    }

    @Test
    void anUnpaidYearGetsNoReceipt() {
        long sponsor = sponsor("未入金の病院");
        answer(sponsor, "renewed", 2);

        Api.Reply refused = admin.post(year(sponsor, "/receipt"), "{}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").getStringValue()).contains("入金が記録されていない");
        assertThat(refused.json().get("title").getStringValue()).isEqualTo("この状態では操作できません");
        assertThat(admin.bytes("POST", year(sponsor, "/receipt/print"), null, null).status()).isEqualTo(409);
        assertThat(admin.get(path("/sponsors/" + sponsor + "/billing")).json().get("receipts").size()).isZero();
    }

    @Test
    void aPaidYearGetsOneNumberedReceiptForThePaidAmountAndTheHistorySaysSo() {
        long sponsor = sponsor("入金済みの病院");
        answer(sponsor, "renewed", 2);
        pay(sponsor, 20_000);

        Api.Reply issued = admin.post(year(sponsor, "/receipt"), "{}");
        Api.Reply again = admin.post(year(sponsor, "/receipt"), "{}");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("number").getStringValue()).isEqualTo("R" + YEAR + "-0001");
        assertThat(issued.json().get("amount").getIntValue()).isEqualTo(20_000);
        assertThat(issued.json().get("paymentMethod").getStringValue()).isEqualTo("transfer");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("number").getStringValue()).isEqualTo("R" + YEAR + "-0001");
        Api.Reply history = admin.get(year(sponsor, "/history"));
        assertThat(history.json().get(0).get("action").getStringValue()).isEqualTo("receipted");
        assertThat(history.body()).contains("\"receiptNumber\"", "\"R" + YEAR + "-0001\"");
        assertThat(history.json().size()).as("created, paid, receipted").isEqualTo(3);
    }

    @Test
    void theFirstPrintIsTheOriginalAndEveryLaterOneIsMarkedReissued() throws Exception {
        long sponsor = sponsor("㈱髙﨑薬局");
        answer(sponsor, "renewed", 3);
        pay(sponsor, 30_000);
        admin.post(year(sponsor, "/receipt"), "{}");

        String original = text(pdf("POST", year(sponsor, "/receipt/print")));
        String reprint = text(pdf("POST", year(sponsor, "/receipt/print")));

        assertThat(original).contains("領収書", "R" + YEAR + "-0001", "㈱髙﨑薬局　様", "¥30,000-", "協賛金として", "振込",
                "登録番号　T9876543210987", "みま～も請求町", "令和").doesNotContain("再発行");
        assertThat(reprint).contains("再発行", "R" + YEAR + "-0001", "¥30,000-");
        assertThat(admin.get(path("/sponsors/" + sponsor + "/billing")).json().get("receipts").get(0).get("prints").getIntValue())
                .isEqualTo(2);
    }

    @Test
    void aReprintKeepsTheIssuedContentWhenTheSponsorAndThePaymentChangeLater() throws Exception {
        long sponsor = sponsor("発行時の名称");
        answer(sponsor, "renewed", 1);
        pay(sponsor, 10_000);
        admin.post(year(sponsor, "/receipt"), "{}");
        admin.put(path("/sponsors/" + sponsor), SponsorFixtures.aHospital().with("name", "変更後の名称").with("version", 0).json());
        pay(sponsor, 15_000);

        String reprint = text(pdf("POST", year(sponsor, "/receipt/print")));

        assertThat(reprint).contains("発行時の名称", "¥10,000-").doesNotContain("変更後の名称", "15,000");
    }

    @Test
    void theSealIsPrintedWhenOneWasUploadedAndTheFontIsEmbedded() throws Exception {
        assertThat(admin.bytes("POST", path("/seal"), TestImages.sealJpeg(), "image/jpeg").status()).isEqualTo(200);
        long sponsor = sponsor("印影つき領収書");
        answer(sponsor, "renewed", 1);
        pay(sponsor, 10_000);
        admin.post(year(sponsor, "/receipt"), "{}");
        admin.bytes("DELETE", path("/seal"), null, null);

        try (PDDocument document = Loader.loadPDF(pdf("POST", year(sponsor, "/receipt/print")).body())) {
            PDResources resources = document.getPage(0).getResources();
            long images = StreamSupport.stream(resources.getXObjectNames().spliterator(), false).filter(resources::isImageXObject).count();
            assertThat(images).as("the seal of the day of issue, though removed since").isEqualTo(1);
            assertThat(resources.getFontNames()).isNotEmpty();
            for (var name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void adminsIssuingAtTheSameTimeGetDistinctNumbersWithoutGaps() throws Exception {
        int sponsors = 12;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < sponsors; i++) {
            long sponsor = sponsor("同時発行の協賛先" + i);
            answer(sponsor, "renewed", 1);
            pay(sponsor, 10_000);
            ids.add(sponsor);
        }

        List<Api.Reply> replies = atOnce(ids.stream().<Callable<Api.Reply>>map(id -> () -> secondAdmin(id).post(year(id, "/receipt"), "{}")).toList());

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
        assertThat(replies.stream().map(reply -> reply.json().get("number").getStringValue()))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, sponsors)
                        .mapToObj(n -> "R" + YEAR + "-" + String.format("%04d", n)).toList());
    }

    @Test
    void issuingTheSameReceiptAtTheSameTimeMakesOneReceipt() throws Exception {
        long sponsor = sponsor("二人が同時に発行する協賛先");
        answer(sponsor, "renewed", 1);
        pay(sponsor, 10_000);

        List<Api.Reply> replies = atOnce(IntStream.range(0, 8)
                .<Callable<Api.Reply>>mapToObj(i -> () -> secondAdmin(i).post(year(sponsor, "/receipt"), "{}")).toList());

        assertThat(replies.stream().map(Api.Reply::status)).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(replies.stream().map(reply -> reply.json().get("number").getStringValue()).distinct()).containsExactly("R" + YEAR + "-0001");
        assertThat(admin.get(year(sponsor, "/history")).json().get(0).get("action").getStringValue()).isEqualTo("receipted");
        assertThat(admin.get(year(sponsor, "/history")).json().size()).as("created, paid, one receipted").isEqualTo(3);
    }

    /** Every other request comes from a second admin of the region, as when two people work at once. */
    private Api secondAdmin(long n) {
        return n % 2 == 0 ? admin : api().as(TestTokens.token("second.admin", List.of("region-admin"), List.of(region)));
    }

    /** Starts every call at the same moment and waits for all. */
    private static List<Api.Reply> atOnce(List<Callable<Api.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Callable<Api.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
