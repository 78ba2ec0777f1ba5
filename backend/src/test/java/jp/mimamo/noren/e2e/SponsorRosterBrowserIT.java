package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.KeycloakFixture;
import jp.mimamo.noren.support.KeycloakTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser, through Keycloak's Japanese login page: Yamato's admin registers a sponsor with a
 * Japanese name and finds it by its katakana reading; Kishiwada's admin cannot find or open it.
 */
@MicronautTest
class SponsorRosterBrowserIT extends KeycloakTestBase {
    private static final String NAME = "春風ケアセンター大和";
    private static final String READING = "ハルカゼケアセンターヤマト";
    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;
    private final StringBuilder console = new StringBuilder();

    @BeforeAll
    void openBrowser() {
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @Test
    void aRegionAdminRegistersASponsorAndAnotherRegionCannotSeeIt() {
        String sponsorUrl;
        try (BrowserContext yamato = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = yamato.newPage();
            signIn(page, "yamato-admin");
            assertThat(page.locator("[data-test=region-name]")).containsText("大和");

            page.locator("[data-test=sponsor-new]").click();
            input(page, "sponsor-name").fill(NAME);
            input(page, "sponsor-kana").fill("ﾊﾙｶｾﾞｹｱｾﾝﾀｰﾔﾏﾄ");
            page.locator("[data-test=sponsor-category]").click();
            page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText("医療・介護事業所")).first().click();
            input(page, "sponsor-postal").fill("2420001");
            input(page, "sponsor-address").fill("神奈川県大和市下鶴間1-2-3");
            input(page, "sponsor-phone").fill("046-200-1234");
            page.locator("[data-test=sponsor-save]").click();
            page.waitForURL("**/sponsors/*");
            assertThat(page.getByText(NAME).first()).isVisible();
            sponsorUrl = page.url();
            screenshot(page, "sponsor-detail");

            page.navigate(sponsorUrl.substring(0, sponsorUrl.lastIndexOf('/')));
            input(page, "sponsor-search").fill(READING);
            input(page, "sponsor-search").press("Enter");
            assertThat(page.locator("[data-test=sponsor-row]").filter(new Locator.FilterOptions().setHasText(NAME))).hasCount(1);
            screenshot(page, "sponsor-search");
        }

        try (BrowserContext kishiwada = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = kishiwada.newPage();
            signIn(page, "kishiwada-admin");
            assertThat(page.locator("[data-test=region-name]")).containsText("岸和田");
            input(page, "sponsor-search").fill(READING);
            input(page, "sponsor-search").press("Enter");
            assertThat(page.locator("[data-test=sponsor-empty]")).isVisible();
            assertThat(page.locator("[data-test=sponsor-row]").filter(new Locator.FilterOptions().setHasText(NAME))).hasCount(0);

            page.navigate(sponsorUrl);
            page.waitForLoadState();
            page.waitForTimeout(1500);
            assertThat(page.getByText(NAME)).hasCount(0);
        }
    }

    /** Keycloak's login with organizations asks for the username first, then the password. */
    private void signIn(Page page, String username) {
        page.onConsoleMessage(message -> console.append(message.type()).append(": ").append(message.text()).append('\n'));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                console.append("HTTP ").append(response.status()).append(' ').append(response.url()).append('\n');
            }
        });
        page.navigate(server.getURI().toString().replace("127.0.0.1", "localhost") + "/");
        page.waitForURL(url -> url.startsWith(KeycloakFixture.get().url()));
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        page.locator("#username").fill(username);
        if (page.locator("#password").count() == 0 || !page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(KeycloakFixture.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        try {
            page.waitForURL(url -> url.contains("/regions/"));
            page.locator("[data-test=region-name]").waitFor();
        } catch (RuntimeException e) {
            screenshot(page, "sign-in-failed-" + username);
            throw new AssertionError("Signed in as " + username + " but did not reach the roster; at " + page.url()
                    + "\n" + page.locator("body").innerText() + "\nBrowser console:\n" + console, e);
        }
    }

    private static Locator input(Page page, String test) {
        Locator marked = page.locator("[data-test=" + test + "]");
        return marked.locator("xpath=descendant-or-self::input | descendant-or-self::textarea").first();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/" + name + ".png")).setFullPage(true));
    }
}
