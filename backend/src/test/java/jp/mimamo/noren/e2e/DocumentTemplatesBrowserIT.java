package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
 * In a real browser: head office publishes a new version of the renewal request; Yamato, which words the request its
 * own way, is told the template was updated, sees what changed, and marks it reviewed.
 */
@MicronautTest
class DocumentTemplatesBrowserIT extends BrowserTestBase {
    private static final String HEAD_OFFICE_LINE = "※ 協賛金の振込先が変わりました。お振込みの際はご注意ください。";
    private static final String YAMATO_LINE = "大和では、協賛先の皆さまを秋の交流会にご招待しています。";

    @BeforeAll
    void yamatoWordsTheRequestItsOwnWay() {
        ensureRegions();
        Api yamato = as("yamato-admin");
        JsonNode view = yamato.get("/api/v1/regions/yamato/document-templates/renewal-request").json();
        JsonNode shared = view.get("shared");
        Api.Reply saved = yamato.put("/api/v1/regions/yamato/document-templates/renewal-request/override", json(Map.of(
                "subject", shared.get("subject").getStringValue(), "body", shared.get("body").getStringValue() + "\n" + YAMATO_LINE,
                "revision", view.get("revision").getIntValue(), "baseVersion", shared.get("version").getIntValue())));
        org.assertj.core.api.Assertions.assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    @Test
    void headOfficePublishesAndARegionWithItsOwnTextReviewsTheChange() {
        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            SignIn.as(page, appUrl(), "hq", url -> url.contains("/hq"));
            page.navigate(appUrl() + "/hq/document-templates/renewal-request");
            String body = SignIn.input(page, "template-body").inputValue();
            SignIn.input(page, "template-body").fill(body + "\n" + HEAD_OFFICE_LINE);
            page.locator("[data-test=template-preview-button]").click();
            assertThat(page.locator("[data-test=template-preview-text]")).containsText("大森中央病院");
            SignIn.input(page, "hq-template-note").fill("振込先の変更のお知らせを追加");
            page.locator("[data-test=hq-template-publish]").click();
            page.locator(".el-message-box__btns .el-button--primary").click();
            assertThat(page.locator("[data-test=template-versions]")).containsText("振込先の変更のお知らせを追加");
            SignIn.screenshot(page, "hq-document-template");
        }

        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            SignIn.as(page, appUrl(), "yamato-admin", url -> url.contains("/regions/"));
            page.locator("[data-test=nav-document-templates]").click();
            assertThat(page.locator("[data-test=region-template-source-renewal-request]")).containsText("本部のひな形が更新されています");
            page.locator("[data-test=region-template-open-renewal-request]").click();
            assertThat(page.locator("[data-test=template-upstream]")).containsText("本部のひな形が更新されています");
            assertThat(page.locator("[data-test=template-upstream] [data-op=added]").last()).containsText(HEAD_OFFICE_LINE);
            assertThat(SignIn.input(page, "template-body")).hasValue(java.util.regex.Pattern.compile("[\\s\\S]*" + YAMATO_LINE + "$"));
            SignIn.screenshot(page, "region-document-template");

            page.locator("[data-test=template-rebase]").click();
            assertThat(page.locator("[data-test=template-upstream]")).hasCount(0);
            assertThat(page.locator("[data-test=template-source]")).containsText("地域独自の文面");
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
