package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser, through Keycloak's Japanese login page: Yamato's admin registers a sponsor with a
 * Japanese name and finds it by its katakana reading; Kishiwada's admin cannot find or open it.
 */
@MicronautTest
class SponsorRosterBrowserIT extends BrowserTestBase {
    private static final String NAME = "春風ケアセンター大和";
    private static final String READING = "ハルカゼケアセンターヤマト";

    @Test
    void aRegionAdminRegistersASponsorAndAnotherRegionCannotSeeIt() {
        String sponsorUrl;
        try (BrowserContext yamato = newJapaneseContext()) {
            Page page = yamato.newPage();
            SignIn.as(page, appUrl(), "yamato-admin", url -> url.contains("/regions/"));
            assertThat(page.locator("[data-test=region-name]")).containsText("大和");

            page.locator("[data-test=sponsor-new]").click();
            SignIn.input(page, "sponsor-name").fill(NAME);
            SignIn.input(page, "sponsor-kana").fill("ﾊﾙｶｾﾞｹｱｾﾝﾀｰﾔﾏﾄ");
            page.locator("[data-test=sponsor-category]").click();
            page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText("医療・介護事業所")).first().click();
            SignIn.input(page, "sponsor-postal").fill("2420001");
            SignIn.input(page, "sponsor-address").fill("神奈川県大和市下鶴間1-2-3");
            SignIn.input(page, "sponsor-phone").fill("046-200-1234");
            page.locator("[data-test=sponsor-save]").click();
            page.waitForURL("**/sponsors/*");
            assertThat(page.getByText(NAME).first()).isVisible();
            sponsorUrl = page.url();
            SignIn.screenshot(page, "sponsor-detail");

            page.navigate(sponsorUrl.substring(0, sponsorUrl.lastIndexOf('/')));
            SignIn.input(page, "sponsor-search").fill(READING);
            SignIn.input(page, "sponsor-search").press("Enter");
            assertThat(page.locator("[data-test=sponsor-row]").filter(new Locator.FilterOptions().setHasText(NAME))).hasCount(1);
            SignIn.screenshot(page, "sponsor-search");
        }

        try (BrowserContext kishiwada = newJapaneseContext()) {
            Page page = kishiwada.newPage();
            SignIn.as(page, appUrl(), "kishiwada-admin", url -> url.contains("/regions/"));
            assertThat(page.locator("[data-test=region-name]")).containsText("岸和田");
            SignIn.input(page, "sponsor-search").fill(READING);
            SignIn.input(page, "sponsor-search").press("Enter");
            assertThat(page.locator("[data-test=sponsor-empty]")).isVisible();
            assertThat(page.locator("[data-test=sponsor-row]").filter(new Locator.FilterOptions().setHasText(NAME))).hasCount(0);

            page.navigate(sponsorUrl);
            page.waitForLoadState();
            page.waitForTimeout(1500);
            assertThat(page.getByText(NAME)).hasCount(0);
        }
    }
}
