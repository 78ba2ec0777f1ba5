package jp.mimamo.noren.billing;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receipts and invoices print the wording of head office's template library in force when they were issued: a
 * later publish, or a region's own wording, changes the documents issued after it and never a reprint.
 */
@MicronautTest
class IssuedWordingTest extends BillingTestBase {
    private static final String LIBRARY = "/api/v1/hq/document-templates";

    @BeforeEach
    void aRegisteredRegion() {
        aRegion("{\"unitFee\":10000,\"proration\":\"none\",\"invoiceRegistrationNumber\":\"T9876543210987\"}");
    }

    @Test
    void aReceiptKeepsTheWordingItWasIssuedWithWhenHeadOfficePublishesAgain() throws IOException {
        long before = paidSponsor("文言前の病院");
        assertThat(admin.post(year(before, "/receipt"), "{}").status()).isEqualTo(201);
        String original = text(pdf("POST", year(before, "/receipt/print")));
        assertThat(original).contains("領収書").contains("協賛金として（2口）").contains("上記正に領収いたしました。");

        String newLine = "※ 本領収書は再発行時も同じ番号です。" + UUID.randomUUID().toString().substring(0, 8);
        publishWithExtraLine("receipt", newLine);

        String reprint = text(pdf("POST", year(before, "/receipt/print")));
        assertThat(reprint).contains("再発行").contains("上記正に領収いたしました。").doesNotContain(newLine);
        long after = paidSponsor("文言後の病院");
        assertThat(admin.post(year(after, "/receipt"), "{}").status()).isEqualTo(201);
        assertThat(text(pdf("POST", year(after, "/receipt/print")))).contains(newLine).contains("協賛金として（2口）");
    }

    @Test
    void aRegionsOwnReceiptWordingIsPrintedOnItsReceiptsAndKeptOnReprints() throws IOException {
        JsonNode shared = admin.get(path("/document-templates/receipt")).json().get("shared");
        Api.Reply own = admin.put(path("/document-templates/receipt/override"), json(Map.of("subject", "領収証",
                "body", "但し　{fiscalYear} 見守り活動協賛金（{units}口分）として\n右正に受領しました。\n\n入金日：{paidOn}",
                "revision", 0, "baseVersion", shared.get("version").getIntValue())));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        long sponsor = paidSponsor("地域文言の病院");
        assertThat(admin.post(year(sponsor, "/receipt"), "{}").status()).isEqualTo(201);

        String printed = text(pdf("POST", year(sponsor, "/receipt/print")));
        assertThat(printed).contains("領収証").contains("見守り活動協賛金（2口分）として").contains("右正に受領しました。")
                .doesNotContain("上記正に領収いたしました。").doesNotContain("お支払方法");

        Api.Reply reverted = admin.post(path("/document-templates/receipt/override/revert"), "{\"revision\":1}");
        assertThat(reverted.status()).as(reverted.toString()).isEqualTo(200);
        assertThat(text(pdf("POST", year(sponsor, "/receipt/print")))).contains("右正に受領しました。").contains("再発行");
    }

    @Test
    void anInvoiceKeepsTheWordingItWasIssuedWith() throws IOException {
        long before = sponsor("請求文言前の病院");
        answer(before, "renewed", 3);
        assertThat(admin.post(year(before, "/invoice"), "{}").status()).isEqualTo(201);
        assertThat(text(pdf("GET", year(before, "/invoice.pdf")))).contains("請求書").contains("下記のとおりご請求申し上げます。")
                .contains("対象期間：").contains("不課税");

        String newLine = "※ お振込手数料はご負担ください。" + UUID.randomUUID().toString().substring(0, 8);
        publishWithExtraLine("invoice", newLine);

        assertThat(text(pdf("GET", year(before, "/invoice.pdf")))).doesNotContain(newLine).contains("下記のとおりご請求申し上げます。");
        long after = sponsor("請求文言後の病院");
        answer(after, "renewed", 1);
        assertThat(admin.post(year(after, "/invoice"), "{}").status()).isEqualTo(201);
        assertThat(text(pdf("GET", year(after, "/invoice.pdf")))).contains(newLine);
    }

    private long paidSponsor(String name) {
        long sponsor = sponsor(name);
        answer(sponsor, "renewed", 2);
        pay(sponsor, 20_000);
        return sponsor;
    }

    /** Head office publishes the latest text with one more line, so other tests' wording stays as it was. */
    private void publishWithExtraLine(String key, String line) {
        Api hq = api().as(TestTokens.headOffice());
        JsonNode latest = hq.get(LIBRARY + "/" + key).json().get("latest");
        Api.Reply published = hq.post(LIBRARY + "/" + key + "/versions", json(Map.of("subject", latest.get("subject").getStringValue(),
                "body", latest.get("body").getStringValue() + "\n" + line, "note", "一行追加", "baseVersion", latest.get("version").getIntValue())));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
    }

    private String json(Map<String, Object> value) {
        try {
            return super.json.writeValueAsString(new HashMap<>(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
