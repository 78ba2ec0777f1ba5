package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.shared.FiscalYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: Kishiwada's admin imports a roster saved from Excel in Shift_JIS (CP932) with 髙 and ①, applies
 * it, exports the roster as CP932 CSV and imports that export again: nothing to create or change.
 */
@MicronautTest
class RosterFilesBrowserIT extends BrowserTestBase {
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private static final String ROSTER = "名称,フリガナ,カテゴリ,年度,口数\r\n"
            + "髙﨑①クリニック岸和田,タカサキクリニックキシワダ,病院," + YEAR + ",2\r\n"
            + "㈱岸和田だんじり商事,キシワダダンジリショウジ,企業," + YEAR + ",1\r\n";

    @BeforeAll
    void kishiwadaExists() {
        ensureRegions();
    }

    @Test
    void aCp932RosterRoundTripsThroughTheExportUnchanged() throws IOException {
        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            SignIn.as(page, appUrl(), "kishiwada-admin", url -> url.contains("/regions/"));
            page.navigate(appUrl() + "/regions/kishiwada/roster-files");

            preview(page, "名簿_SJIS.csv", ROSTER.getBytes(CP932));
            assertThat(page.locator("[data-test=roster-import-count-create]")).hasText("新規 2 件");
            assertThat(page.locator("[data-test=roster-import-sample]")).containsText("髙﨑①クリニック岸和田");
            SignIn.screenshot(page, "roster-import-preview");
            page.locator("[data-test=roster-import-apply]").click();
            assertThat(page.locator("[data-test=roster-import-applied]")).isVisible();

            page.locator("[data-test=roster-export-format-csv-cp932]").click();
            Download export = page.waitForDownload(() -> page.locator("[data-test=roster-export]").click());
            byte[] exported = Files.readAllBytes(export.path());
            assertThat(new String(exported, CP932)).contains("髙﨑①クリニック岸和田", "㈱岸和田だんじり商事");

            page.navigate(appUrl() + "/regions/kishiwada/roster-files");
            preview(page, "export.csv", exported);
            assertThat(page.locator("[data-test=roster-import-count-create]")).hasText("新規 0 件");
            assertThat(page.locator("[data-test=roster-import-count-update]")).hasText("更新 0 件");
            assertThat(page.locator("[data-test=roster-import-years]")).containsText("新規 0 件");
            assertThat(page.locator("[data-test=roster-import-years]")).containsText("更新 0 件");
            assertThat(page.locator("[data-test=roster-import-count-rejected]")).containsText("エラー 0 行");
            assertThat(page.locator("[data-test=roster-import-count-unchanged]")).hasText(Pattern.compile("変更なし [1-9][0-9]* 件"));
            SignIn.screenshot(page, "roster-import-round-trip");
        }
    }

    private static void preview(Page page, String name, byte[] content) {
        page.locator("input[data-test=roster-import-file]")
                .setInputFiles(new FilePayload(name, "text/csv", content));
        page.locator("[data-test=roster-import-preview]").click();
        assertThat(page.locator("[data-test=roster-import-summary]")).isVisible();
    }
}
