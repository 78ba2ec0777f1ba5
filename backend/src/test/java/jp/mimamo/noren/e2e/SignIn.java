package jp.mimamo.noren.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jp.mimamo.noren.support.KeycloakFixture;

import java.nio.file.Path;
import java.util.function.Predicate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in through Keycloak's Japanese login page, and what a failing browser test leaves behind. */
final class SignIn {
    private SignIn() {
    }

    /**
     * Opens Noren, which sends the browser to Keycloak. With organizations on, Keycloak asks for the
     * username first and the password on a second page.
     */
    static void as(Page page, String appUrl, String username, Predicate<String> landing) {
        StringBuilder console = new StringBuilder();
        page.onConsoleMessage(message -> console.append(message.type()).append(": ").append(message.text()).append('\n'));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                console.append("HTTP ").append(response.status()).append(' ').append(response.url()).append('\n');
            }
        });
        page.navigate(appUrl + "/");
        page.waitForURL(url -> url.startsWith(KeycloakFixture.get().url()));
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        page.locator("#username").fill(username);
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(KeycloakFixture.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        try {
            page.waitForURL(landing::test);
            page.locator("[data-test=logout]").waitFor();
        } catch (RuntimeException e) {
            screenshot(page, "sign-in-failed-" + username);
            throw new AssertionError("Signed in as " + username + " but did not land; at " + page.url()
                    + "\n" + page.locator("body").innerText() + "\nBrowser console:\n" + console, e);
        }
    }

    static Locator input(Page page, String test) {
        return page.locator("[data-test=" + test + "]").locator("xpath=descendant-or-self::input | descendant-or-self::textarea").first();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/" + name + ".png")).setFullPage(true));
    }
}
