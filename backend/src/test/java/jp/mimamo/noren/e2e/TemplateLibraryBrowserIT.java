package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: Kishiwada words its receipts its own way; head office publishes a new receipt wording, sees in
 * its overview that Kishiwada keeps its own text, and Kishiwada's template overview says head office's template was
 * updated and shows what changed.
 */
@MicronautTest
class TemplateLibraryBrowserIT extends BrowserTestBase {
    private static final String HEAD_OFFICE_LINE = "※ 本領収書の再発行は一回限りです。";
    private static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static final String KISHIWADA_LINE = "岸和田の見守り活動へのご協賛、ありがとうございます。";

    @BeforeAll
    void kishiwadaWordsItsReceiptsItsOwnWay() {
        ensureRegions();
        Api kishiwada = as("kishiwada-admin");
        JsonNode view = kishiwada.get("/api/v1/regions/kishiwada/document-templates/receipt").json();
        JsonNode shared = view.get("shared");
        Api.Reply saved = kishiwada.put("/api/v1/regions/kishiwada/document-templates/receipt/override", json(Map.of(
                "subject", shared.get("subject").getStringValue(), "body", shared.get("body").getStringValue() + "\n" + KISHIWADA_LINE,
                "revision", view.get("revision").getIntValue(), "baseVersion", shared.get("version").getIntValue())));
        org.assertj.core.api.Assertions.assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    @Test
    void headOfficePublishesANewReceiptWordingAndTheRegionSeesItInItsOverview() {
        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            SignIn.as(page, appUrl(), "hq", url -> url.contains("/hq"));
            page.navigate(appUrl() + "/hq/document-templates/receipt");
            String body = SignIn.input(page, "template-body").inputValue();
            SignIn.input(page, "template-body").fill(body + "\n" + HEAD_OFFICE_LINE);
            page.locator("[data-test=template-preview-button]").click();
            assertThat(page.locator("[data-test=template-preview-text]")).containsText("上記正に領収いたしました。");
            SignIn.input(page, "hq-template-note").fill("再発行の注意書きを追加");
            page.locator("[data-test=hq-template-publish]").click();
            page.locator(".el-message-box__btns .el-button--primary").click();
            assertThat(page.locator("[data-test=template-versions]")).containsText("再発行の注意書きを追加");

            page.locator("[data-test=nav-hq-document-templates]").click();
            assertThat(page.locator("[data-test=hq-template-overrides-receipt]")).containsText("岸和田", SLOW);
            SignIn.screenshot(page, "hq-template-overrides");
        }

        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            SignIn.as(page, appUrl(), "kishiwada-admin", url -> url.contains("/regions/"));
            page.locator("[data-test=nav-document-templates]").click();
            assertThat(page.locator("h1")).containsText("ひな形の一覧");
            assertThat(page.locator("[data-test=region-template-source-receipt]")).containsText("本部のひな形が更新されています", SLOW);
            assertThat(page.locator("[data-test=region-template-version-receipt]")).containsText("本部は第");
            assertThat(page.locator("[data-test=region-template-version-invoice]")).containsText("本部のひな形（第");
            SignIn.screenshot(page, "region-template-overview");
            page.locator("[data-test=region-template-diff-receipt]").click();
            assertThat(page.locator("[data-test=template-upstream] [data-op=added]").last()).containsText(HEAD_OFFICE_LINE);
        }
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
