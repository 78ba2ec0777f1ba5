package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Head office in a real browser: adds a shared category, sees every region's counts as a table and a
 * chart, and switches the interface to English and back.
 */
@MicronautTest
class HeadOfficeBrowserIT extends BrowserTestBase {

    @BeforeAll
    void yamatoHasAPharmacy() {
        ensureRegions();
        var created = as("yamato-admin").post("/api/v1/regions/yamato/sponsors",
                jp.mimamo.noren.sponsors.SponsorFixtures.aPharmacy().with("name", "本部画面テスト薬局").json());
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void headOfficeKeepsCategoriesComparesRegionsAndSwitchesLanguage() {
        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            SignIn.as(page, appUrl(), "hq", url -> url.contains("/hq"));

            page.navigate(appUrl() + "/hq/categories");
            page.locator("[data-test=category-new]").click();
            SignIn.input(page, "category-code").fill("station");
            SignIn.input(page, "category-name-ja").fill("みま～もステーション協力店");
            SignIn.input(page, "category-name-en").fill("Station partner");
            page.locator("[data-test=category-save]").click();
            assertThat(page.locator("[data-test=categories]")).containsText("みま～もステーション協力店");

            page.navigate(appUrl() + "/hq/sponsor-counts");
            assertThat(page.locator("[data-test=hq-sponsor-counts]")).containsText("大和");
            assertThat(page.locator("[data-test=hq-sponsor-counts]")).containsText("薬局");
            assertThat(page.locator("canvas").first()).isVisible();
            assertThat(page.getByText("本部画面テスト薬局")).hasCount(0);
            SignIn.screenshot(page, "hq-sponsor-counts");

            page.locator("[data-test=lang-en]").click();
            assertThat(page.locator("h1, h2").first()).containsText("Counts by region");
            assertThat(page.locator("[data-test=logout]")).containsText("Log out");
            SignIn.screenshot(page, "hq-sponsor-counts-en");
            page.locator("[data-test=lang-ja]").click();
            assertThat(page.locator("h1, h2").first()).containsText("地域別集計");
        }
    }
}
