package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Head office in a real browser opens the comparison of regions, sees every region in the table and a chart, and
 * exports the comparison as an Excel workbook.
 */
@MicronautTest
class HeadOfficeStatsBrowserIT extends BrowserTestBase {

    @BeforeAll
    void yamatoHasASponsor() {
        ensureRegions();
        var created = as("yamato-admin").post("/api/v1/regions/yamato/sponsors",
                jp.mimamo.noren.sponsors.SponsorFixtures.aHospital().with("name", "本部比較テスト病院").json());
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void headOfficeComparesRegionsInATableAndAChartAndExportsAWorkbook() throws IOException {
        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            SignIn.as(page, appUrl(), "hq", url -> url.contains("/hq"));
            page.navigate(appUrl() + "/hq/figures");
            assertThat(page.locator("h1")).containsText("地域別の比較");
            assertThat(page.locator("[data-test=hq-figures-table]")).containsText("大和");
            assertThat(page.locator("[data-test=hq-figures-table]")).containsText("岸和田");
            assertThat(page.locator("[data-test=hq-figures-table]")).containsText("全国中央値");
            assertThat(page.locator("[data-test=hq-figures-chart] canvas").first()).isVisible();
            assertThat(page.getByText("本部比較テスト病院")).hasCount(0);
            page.locator("[data-test=hq-figures-mode] label").nth(1).click();
            assertThat(page.locator("[data-test=hq-figures-chart] canvas").first()).isVisible();
            SignIn.screenshot(page, "hq-figures");

            page.locator("[data-test=hq-figures-export-xlsx]").click();
            Download export = page.waitForDownload(() -> page.locator("[data-test=hq-figures-export]").click());
            byte[] workbook = Files.readAllBytes(export.path());
            org.assertj.core.api.Assertions.assertThat(workbook).startsWith((byte) 'P', (byte) 'K');
            org.assertj.core.api.Assertions.assertThat(export.suggestedFilename()).endsWith(".xlsx");
        }
    }
}
