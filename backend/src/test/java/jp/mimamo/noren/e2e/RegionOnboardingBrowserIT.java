package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jp.mimamo.noren.devstack.LocalMailServer;
import jp.mimamo.noren.support.KeycloakFixture;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: an organiser applies for a new region on the public page and confirms the email; head office
 * approves; the organiser accepts the invitation by choosing a password, signs in to the new region and sees its
 * launch checklist and head office's shared document templates.
 */
@MicronautTest
class RegionOnboardingBrowserIT extends BrowserTestBase {
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9._-]+)");
    private static final String PASSWORD = "hinode-browser-admin";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.mail.port", String.valueOf(KeycloakFixture.get().mail().port()));
        properties.put("noren.onboarding.minimum-fill-seconds", "1");
        properties.put("noren.onboarding.applications-per-hour", "1000");
        return properties;
    }

    @Test
    void anOrganiserSignsARegionUpAndBecomesItsFirstAdmin() {
        String code = "hinode-" + (char) ('a' + ThreadLocalRandom.current().nextInt(26)) + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + ThreadLocalRandom.current().nextInt(1000);
        String email = code + "@mimamo.example";

        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            page.navigate(appUrl() + "/apply");
            assertThat(page.locator("h1")).containsText("新しい地域の利用申込み");
            SignIn.input(page, "field-regionName").fill("ひので見守りネットワーク");
            SignIn.input(page, "field-code").fill(code);
            SignIn.input(page, "field-municipality").fill("東京都日の出町");
            SignIn.input(page, "field-organiserName").fill("山田 花子");
            SignIn.input(page, "field-organiserEmail").fill(email);
            SignIn.input(page, "field-organisation").fill("日の出町地域包括支援センター");
            String[][] partners = {{"日の出病院", "medical"}, {"ひので介護サービス", "care"}, {"日の出商店会", "shopping-street"}};
            for (int i = 0; i < partners.length; i++) {
                SignIn.input(page, "partner-name-" + i).fill(partners[i][0]);
                page.locator("[data-test=partner-role-" + i + "]").selectOption(partners[i][1]);
            }
            SignIn.input(page, "field-expectedCentres").fill("2");
            page.locator("[data-test=field-terms]").click();
            page.waitForTimeout(1200);
            page.locator("[data-test=apply-submit]").click();
            assertThat(page.locator("[data-test=apply-sent]")).containsText("確認メールを送りました");

            page.navigate(appUrl() + "/apply/verify?token=" + link(email, "/apply/verify"));
            assertThat(page.locator("[data-test=verify-done]")).containsText("申込みを受け付けました");
            SignIn.screenshot(page, "onboarding-verified");
        }

        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            SignIn.as(page, appUrl(), "hq", url -> url.contains("/hq"));
            page.locator("[data-test=nav-hq-region-applications]").click();
            var card = page.locator("[data-test=application-" + code + "]");
            assertThat(card.locator("[data-test=application-status]")).containsText("審査待ち");
            card.locator("[data-test=approve]").click();
            page.locator(".el-message-box__btns .el-button--primary").click();
            assertThat(card.locator("[data-test=step-invitation-done]")).isVisible();
            assertThat(card.locator("[data-test=application-status]")).containsText("承認済み");
            SignIn.screenshot(page, "onboarding-hq-approved");
        }

        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            page.navigate(appUrl() + "/invitation?token=" + link(email, "/invitation"));
            assertThat(page.locator("[data-test=invitation-page]")).containsText("ひので見守りネットワーク");
            SignIn.input(page, "invitation-password").fill(PASSWORD);
            SignIn.input(page, "invitation-repeat").fill(PASSWORD);
            page.locator("[data-test=invitation-accept]").click();
            assertThat(page.locator("[data-test=invitation-accepted]")).containsText("準備ができました");

            page.locator("[data-test=go-login]").click();
            page.waitForURL(url -> url.startsWith(KeycloakFixture.get().url()));
            page.locator("#username").fill(email);
            if (!page.locator("#password").isVisible()) {
                page.locator("#kc-login").click();
            }
            page.locator("#password").fill(PASSWORD);
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.contains("/regions/" + code + "/"));
            page.locator("[data-test=nav-launch-checklist]").click();
            assertThat(page.locator("[data-test=launch-count]")).containsText("5項目中 0項目");
            assertThat(page.locator("[data-test=launch-checklist]")).containsText("日の出商店会");
            page.locator("[data-test=consent-reviewed]").click();
            assertThat(page.locator("[data-test=launch-count]")).containsText("5項目中 1項目");
            SignIn.screenshot(page, "onboarding-launch-checklist");

            page.locator("[data-test=nav-document-templates]").click();
            assertThat(page.locator("[data-test=region-template-source-renewal-request]")).isVisible();
            SignIn.screenshot(page, "onboarding-shared-templates");
        }

        try (BrowserContext hq = newJapaneseContext()) {
            Page page = hq.newPage();
            SignIn.as(page, appUrl(), "hq", url -> url.contains("/hq"));
            page.navigate(appUrl().replaceAll("/$", "") + "/hq/figures");
            assertThat(page.locator("[data-test=hq-figures-table]")).containsText("ひので見守りネットワーク");
            SignIn.screenshot(page, "onboarding-hq-comparison");
        }
    }

    private static String link(String to, String path) {
        List<MimeMessage> mail = KeycloakFixture.get().mail().received();
        for (int i = mail.size() - 1; i >= 0; i--) {
            try {
                if (mail.get(i).getAllRecipients()[0].toString().equals(to)) {
                    String text = LocalMailServer.text(mail.get(i));
                    Matcher m = TOKEN.matcher(text);
                    if (text.contains(path + "?token=") && m.find()) {
                        return m.group(1);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + to + " with " + path);
    }
}
