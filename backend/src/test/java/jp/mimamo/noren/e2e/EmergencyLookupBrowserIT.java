package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: Ota's centre staff register a resident with two connections and print the keychain card; a
 * fire-fighter of Yamato opens the card's look-up address, gives a reason and sees only what the look-up shows (no
 * address, no daily life); back at Ota, the record's "この記録を見た人" lists the look-up and the centre has a notice.
 * Head office's count of Ota's look-ups rises by one, and its pages show no one's name.
 */
@MicronautTest
class EmergencyLookupBrowserIT extends BrowserTestBase {
    private static final String NAME = "大森 トメ";
    private static final String ADDRESS = "東京都大田区大森北4-5-6";

    @BeforeAll
    void otaHasItsCentreAndYamatoItsApprovedFireDepartment() {
        regions.ensure(new Region("ota", "おおた高齢者見守りネットワーク（大田区）", "Ota Ward"));
        regions.ensure(new Region("yamato", "やまと見守りネットワーク（大和市）", "Yamato"));
        Api ota = as("ota-admin");
        Api.Reply centre = ota.post("/api/v1/regions/ota/centres",
                "{\"name\":\"大森地域包括支援センター\",\"phone\":\"03-5764-0601\",\"afterHoursContact\":\"大田区夜間窓口\"}");
        long id = centre.status() == 201 ? centre.json().get("id").getLongValue()
                : ota.get("/api/v1/regions/ota/centres").json().get(0).get("id").getLongValue();
        org.assertj.core.api.Assertions.assertThat(ota.put("/api/v1/regions/ota/centres/" + id + "/staff/ota-centre", "{}").status())
                .isEqualTo(200);
        Api yamato = as("yamato-admin");
        Api.Reply fire = yamato.post("/api/v1/regions/yamato/responder-organisations",
                "{\"name\":\"大和市消防本部\",\"kind\":\"fire\",\"phone\":\"046-261-0119\",\"approved\":true}");
        org.assertj.core.api.Assertions.assertThat(fire.status()).as(fire.toString()).isIn(201, 409);
        long fireId = fire.status() == 201 ? fire.json().get("id").getLongValue()
                : yamato.get("/api/v1/regions/yamato/responder-organisations").json().get(0).get("id").getLongValue();
        org.assertj.core.api.Assertions.assertThat(yamato.put("/api/v1/regions/yamato/responder-organisations/" + fireId
                + "/members/yamato-responder", "{}").status()).isEqualTo(200);
    }

    private static Locator field(Page page, String test, int index) {
        return page.locator("[data-test=" + test + "]").nth(index).locator("xpath=descendant-or-self::input");
    }

    @Test
    void aResponderOfAnotherRegionLooksUpTheCardAndTheCentreSeesWhoLooked() {
        String registrantUrl;
        String number;
        try (BrowserContext ota = newJapaneseContext()) {
            Page page = ota.newPage();
            SignIn.as(page, appUrl(), "ota-centre", url -> url.contains("/regions/"));
            page.locator("[data-test=nav-registrants]").click();
            page.locator("[data-test=registrant-new]").click();
            SignIn.input(page, "registrant-name").fill(NAME);
            SignIn.input(page, "registrant-kana").fill("おおもり とめ");
            SignIn.input(page, "registrant-birth").fill("1938-11-20");
            SignIn.input(page, "registrant-birth").press("Enter");
            page.locator("[data-test=registrant-sex]").getByText("女性").click();
            SignIn.input(page, "registrant-address").fill(ADDRESS);
            page.locator("[data-test=registrant-living]").click();
            page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText("ひとり暮らし")).first().click();
            SignIn.input(page, "registrant-consent-version").fill("2024年4月版");
            SignIn.input(page, "registrant-consented-on").fill("2025-06-01");
            SignIn.input(page, "registrant-consented-on").press("Enter");
            page.locator("[data-test=connection-add]").click();
            field(page, "connection-name", 0).fill("大森 一郎");
            field(page, "connection-relation", 0).fill("長男");
            field(page, "connection-phone", 0).fill("090-1234-5678");
            page.locator("[data-test=connection-add]").click();
            field(page, "connection-name", 1).fill("大森 花子");
            field(page, "connection-relation", 1).fill("長女");
            field(page, "connection-phone", 1).fill("080-2222-3333");
            page.locator("[data-test=registrant-save]").click();
            page.waitForURL(url -> url.matches(".*/registrants/\\d+$"));
            registrantUrl = page.url();
            page.locator("[data-test=keychain-issue]").click();
            assertThat(page.locator("[data-test=keychain]").first()).containsText("OTA-");
            Download card = page.waitForDownload(() -> page.locator("[data-test=keychain-card]").click());
            org.assertj.core.api.Assertions.assertThat(card.suggestedFilename()).endsWith(".pdf");
            number = page.locator("[data-test=keychain] strong").first().innerText();
        }

        long lookupsBefore = otaLookupsAsHeadOfficeReadsThem();
        String compact = number.replace("-", "");
        try (BrowserContext yamato = newJapaneseContext()) {
            Page page = yamato.newPage();
            page.setViewportSize(390, 844);
            // As on a phone that scanned the card: the QR code's address, then Keycloak's login, then the look-up page.
            page.navigate(appUrl().replaceAll("/$", "") + "/k/" + compact);
            page.waitForURL(url -> url.startsWith(jp.mimamo.noren.support.KeycloakFixture.get().url()));
            page.locator("#username").fill("yamato-responder");
            if (!page.locator("#password").isVisible()) {
                page.locator("#kc-login").click();
            }
            page.locator("#password").fill(jp.mimamo.noren.support.KeycloakFixture.DEMO_PASSWORD);
            page.locator("#kc-login").click();
            try {
                page.waitForURL(url -> url.contains("/regions/yamato/lookup?number=" + compact));
            } catch (RuntimeException e) {
                SignIn.screenshot(page, "lookup-sign-in-failed");
                throw new AssertionError("did not reach the look-up page; at " + page.url() + "\n" + page.locator("body").innerText(), e);
            }
            assertThat(page.locator("[data-test=lookup-organisation]")).containsText("大和市消防本部");
            assertThat(page.locator("[data-test=lookup-number]")).hasValue(compact);
            page.locator("[data-test=lookup-reason-transport]").click();
            page.locator("[data-test=lookup-submit]").click();

            Locator result = page.locator("[data-test=lookup-result]");
            assertThat(page.locator("[data-test=lookup-name]")).hasText(NAME);
            assertThat(result).containsText("オオモリ トメ");
            assertThat(page.locator("[data-test=lookup-centre]")).containsText("大森地域包括支援センター");
            assertThat(page.locator("[data-test=lookup-connections] li")).hasCount(2);
            assertThat(page.locator("[data-test=lookup-connections] li").nth(0)).containsText("大森 一郎");
            assertThat(page.locator("[data-test=lookup-connections] li").nth(1)).containsText("大森 花子");
            assertThat(page.getByText(ADDRESS)).hasCount(0);
            assertThat(page.getByText("大森北4")).hasCount(0);
            assertThat(page.getByText("ひとり暮らし")).hasCount(0);
            SignIn.screenshot(page, "emergency-lookup");
        }

        try (BrowserContext ota = newJapaneseContext()) {
            Page page = ota.newPage();
            SignIn.as(page, appUrl(), "ota-centre", url -> url.contains("/regions/"));
            page.navigate(registrantUrl);
            Locator whoLooked = page.locator("[data-test=registrant-access-log]");
            assertThat(whoLooked).containsText("yamato-responder");
            assertThat(whoLooked).containsText("緊急照会");
            page.locator("[data-test=nav-lookup-notices]").click();
            assertThat(page.locator("[data-test=notices]")).containsText("大和市消防本部");
            assertThat(page.locator("[data-test=notices-unread]")).not().hasText("未読 0 件");
            SignIn.screenshot(page, "lookup-notices");
        }

        org.assertj.core.api.Assertions.assertThat(otaLookupsAsHeadOfficeReadsThem()).isEqualTo(lookupsBefore + 1);
        try (BrowserContext hq = newJapaneseContext()) {
            Page page = hq.newPage();
            SignIn.as(page, appUrl(), "hq", url -> url.contains("/hq"));
            page.navigate(appUrl().replaceAll("/$", "") + "/hq/figures");
            assertThat(page.locator("[data-test=hq-figures-table]")).containsText("大田");
            assertThat(page.locator("[data-test=hq-figures-table]")).containsText("緊急照会");
            assertThat(page.getByText(NAME)).hasCount(0);
            assertThat(page.getByText(number)).hasCount(0);
            SignIn.screenshot(page, "lookup-hq-figures");
        }
    }

    /** Ota's emergency look-ups of this fiscal year, from the view head office's statistics role reads. */
    private static long otaLookupsAsHeadOfficeReadsThem() {
        try (java.sql.Connection c = jp.mimamo.noren.support.TestDatabase.get().superuser("noren");
             java.sql.PreparedStatement ps = c.prepareStatement("select coalesce(sum(value), 0) from region_year_figures"
                     + " where region_id = 'ota' and figure = 'emergency_lookups' and fiscal_year = fiscal_year_of(now())")) {
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
