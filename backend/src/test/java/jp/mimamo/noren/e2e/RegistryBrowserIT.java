package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: Ota's centre staff register an older resident with consent and a connection, issue the
 * keychain, see themselves in "この記録を見た人", and get a mistyped number pointed out; Yamato's staff cannot open
 * the record.
 */
@MicronautTest
class RegistryBrowserIT extends BrowserTestBase {
    private static final String NAME = "大森 ハナ";

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
    void centreStaffRegisterAResidentIssueTheKeychainAndSeeWhoLooked() {
        String registrantUrl;
        try (BrowserContext ota = newJapaneseContext()) {
            Page page = ota.newPage();
            SignIn.as(page, appUrl(), "ota-centre", url -> url.contains("/regions/"));
            page.locator("[data-test=nav-registrants]").click();
            page.locator("[data-test=registrant-new]").click();
            assertThat(page.locator("[data-test=registrant-centre-note]")).containsText("大森地域包括支援センター");

            SignIn.input(page, "registrant-name").fill(NAME);
            SignIn.input(page, "registrant-kana").fill("おおもり はな");
            SignIn.input(page, "registrant-birth").fill("1940-03-02");
            SignIn.input(page, "registrant-birth").press("Enter");
            assertThat(page.locator("[data-test=registrant-birth-era]")).hasText("昭和15年3月2日");
            page.locator("[data-test=registrant-sex]").getByText("女性").click();
            SignIn.input(page, "registrant-address").fill("東京都大田区大森北1-2-3");
            page.locator("[data-test=registrant-living]").click();
            page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText("ひとり暮らし")).first().click();
            SignIn.input(page, "registrant-medical-allergies").fill("ペニシリン");
            SignIn.input(page, "registrant-consent-version").fill("2024年4月版");
            SignIn.input(page, "registrant-consented-on").fill("2025-06-01");
            SignIn.input(page, "registrant-consented-on").press("Enter");
            page.locator("[data-test=connection-add]").click();
            SignIn.input(page, "connection-name").fill("大森 一郎（長男）");
            SignIn.input(page, "connection-phone").fill("090-1234-5678");
            page.locator("[data-test=registrant-save]").click();
            page.waitForURL("**/registrants/*");
            registrantUrl = page.url();

            assertThat(page.locator("[data-test=registrant-birth-japanese]")).hasText("昭和15年3月2日");
            assertThat(page.locator("[data-test=registrant-medical]")).containsText("ペニシリン");
            page.locator("[data-test=keychain-issue]").click();
            assertThat(page.locator("[data-test=keychain]").first()).containsText("OTA-");
            assertThat(page.locator("[data-test=registrant-access-log]")).containsText("ota-centre");
            assertThat(page.locator("[data-test=registrant-access-log]")).containsText("キーホルダー");
            SignIn.screenshot(page, "registrant-detail");

            String number = page.locator("[data-test=keychain] strong").first().innerText();
            char last = number.charAt(number.length() - 1);
            String typo = number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
            page.locator("[data-test=nav-registrants]").click();
            SignIn.input(page, "number-check-input").fill(typo);
            page.locator("[data-test=number-check-submit]").click();
            assertThat(page.locator("[data-test=number-check-problem]")).containsText("確認数字");
            SignIn.input(page, "number-check-input").fill(number);
            page.locator("[data-test=number-check-submit]").click();
            assertThat(page.locator("[data-test=number-check-result]")).containsText("使用中");
            SignIn.screenshot(page, "registrant-list");
        }

        try (BrowserContext yamato = newJapaneseContext()) {
            Page page = yamato.newPage();
            SignIn.as(page, appUrl(), "yamato-staff", url -> url.contains("/regions/"));
            page.navigate(registrantUrl);
            page.waitForLoadState();
            page.waitForTimeout(1500);
            assertThat(page.getByText(NAME)).hasCount(0);
            assertThat(page.getByText("ペニシリン")).hasCount(0);
        }
    }
}
