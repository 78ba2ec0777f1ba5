package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: Ota's centre staff import the registry they kept in Excel, saved as Shift_JIS (CP932) CSV with
 * 和暦 birth dates, check what it would do, apply it, and find the three people in the registry.
 */
@MicronautTest
class RegistryImportBrowserIT extends BrowserTestBase {
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String FILE = "氏名,フリガナ,生年月日,性別,住所,電話,同意日,同意書の版,開示先,緊急連絡先1 氏名,緊急連絡先1 続柄,緊急連絡先1 電話\r\n"
            + "取込 髙子,トリコミ タカコ,昭和12年4月1日,女,東京都大田区大森北1-1-1,03-3761-0001,2025/6/1,2024年4月版,病院・警察・消防,取込 一郎,長男,090-0000-0001\r\n"
            + "取込 次郎,トリコミ ジロウ,S10.11.3,男,東京都大田区大森北2-2-2,,令和7年5月1日,2024年4月版,病院,,,\r\n"
            + "取込 三恵,トリコミ ミエ,1939-02-14,女性,東京都大田区大森北3-3-3,,2025-04-10,2024年4月版,,,,\r\n";

    @BeforeAll
    void otaHasItsOmoriCentreWithItsStaff() {
        regions.ensure(new Region("ota", "おおた高齢者見守りネットワーク（大田区）", "Ota Ward"));
        Api admin = as("ota-admin");
        Api.Reply centre = admin.post("/api/v1/regions/ota/centres",
                "{\"name\":\"大森地域包括支援センター\",\"phone\":\"03-5764-0601\",\"afterHoursContact\":\"大田区夜間窓口\"}");
        long id = centre.status() == 201 ? centre.json().get("id").getLongValue()
                : admin.get("/api/v1/regions/ota/centres").json().get(0).get("id").getLongValue();
        Api.Reply assigned = admin.put("/api/v1/regions/ota/centres/" + id + "/staff/ota-centre", "{}");
        org.assertj.core.api.Assertions.assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    }

    @Test
    void centreStaffImportACp932RegistryOfThreeAndFindThemInTheRegistry() {
        try (BrowserContext ota = newJapaneseContext()) {
            Page page = ota.newPage();
            SignIn.as(page, appUrl(), "ota-centre", url -> url.contains("/regions/"));
            page.locator("[data-test=nav-registry-files]").click();

            page.locator("input[data-test=registry-import-file]").setInputFiles(new FilePayload("登録者名簿_SJIS.csv", "text/csv", FILE.getBytes(CP932)));
            page.locator("[data-test=registry-import-issue]").click();
            page.locator("[data-test=registry-import-preview]").click();
            assertThat(page.locator("[data-test=registry-preview-counts]")).containsText("新規 3件");
            assertThat(page.locator("[data-test=registry-preview-counts]")).containsText("新しい鍵番号 3件");
            assertThat(page.locator("[data-test=registry-preview-sample]")).containsText("取込 髙子");
            SignIn.screenshot(page, "registry-import-preview");

            page.locator("[data-test=registry-import-apply]").click();
            assertThat(page.locator("[data-test=registry-import-applied]")).containsText("新規 3件");

            page.locator("[data-test=nav-registrants]").click();
            SignIn.input(page, "registrant-search").fill("トリコミ");
            SignIn.input(page, "registrant-search").press("Enter");
            assertThat(page.locator("[data-test=registrant-row]")).hasCount(3);
            assertThat(page.locator("[data-test=registrant-row]").first()).containsText("OTA-");
            page.locator("[data-test=registrant-row]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("取込 髙子")).click();
            assertThat(page.locator("[data-test=registrant-birth-japanese]")).hasText("昭和12年4月1日");
            SignIn.screenshot(page, "registry-import-registrant");
        }
    }
}
