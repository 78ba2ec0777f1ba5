package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import jp.mimamo.noren.support.KeycloakTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One Chromium per test class, a fresh Japanese-speaking browser context per person. */
abstract class BrowserTestBase extends KeycloakTestBase {
    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;

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

    protected BrowserContext newJapaneseContext() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("ja-JP"));
    }

    /** Noren as the browser reaches it: Keycloak only accepts redirects to localhost. */
    protected String appUrl() {
        return server.getURI().toString().replace("127.0.0.1", "localhost");
    }
}
