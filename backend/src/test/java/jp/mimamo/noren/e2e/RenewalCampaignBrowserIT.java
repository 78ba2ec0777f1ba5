package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: Otaru's admin opens next year's renewal campaign for three sponsors who renewed this year,
 * prints the letters, records two answers from the dashboard, issues an invoice, records the payment and issues the
 * receipt on a sponsor's page, and sees the dashboard's figures follow.
 */
@MicronautTest
class RenewalCampaignBrowserIT extends BrowserTestBase {
    private static final String REGION = "otaru";
    private static final List<String> NAMES = List.of("小樽運河ケアセンター", "髙島調剤薬局", "手宮商店会");
    private final int thisYear = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private final int nextYear = thisYear + 1;
    private final List<Long> sponsorIds = new ArrayList<>();

    @BeforeAll
    void otaruHasThreeSponsorsWhoRenewedThisYear() {
        regions.ensure(new Region(REGION, "小樽", "Otaru"));
        var admin = as("otaru-admin");
        for (int i = 0; i < NAMES.size(); i++) {
            var created = admin.post("/api/v1/regions/" + REGION + "/sponsors", SponsorFixtures.aPharmacy()
                    .with("name", NAMES.get(i)).with("nameKana", List.of("オタルウンガ", "タカシマ", "テミヤ").get(i)).json());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.json().get("id").getLongValue();
            sponsorIds.add(id);
            var year = admin.put("/api/v1/regions/" + REGION + "/sponsors/" + id + "/sponsorships/" + thisYear,
                    "{\"status\":\"renewed\",\"units\":" + (i + 1) + ",\"benefits\":[\"会報誌へのロゴ掲載\"]}");
            assertThat(year.status()).as(year.toString()).isEqualTo(200);
        }
    }

    @Test
    void anAdminRunsNextYearsCampaignFromOpeningToReceipt() throws IOException {
        try (BrowserContext context = newJapaneseContext()) {
            Page page = context.newPage();
            SignIn.as(page, appUrl(), "otaru-admin", url -> url.contains("/regions/"));
            page.navigate(appUrl() + "/regions/" + REGION + "/renewals?year=" + nextYear);

            page.locator("[data-test=renewal-open]").click();
            assertThat(page.locator("[data-test=renewal-opened]")).containsText("3");
            assertThat(card(page, "pending")).containsText("3");
            assertThat(page.locator("[data-test=renewal-outstanding-row]")).hasCount(3);
            SignIn.screenshot(page, "renewal-opened");

            Download letters = page.waitForDownload(() -> page.locator("[data-test=renewal-letters-all]").click());
            String text = pdfText(letters.path());
            assertThat(text).contains("協賛継続のお願い").contains(NAMES.get(0)).contains(NAMES.get(1)).contains(NAMES.get(2));

            answer(page, NAMES.get(0), "renewed");
            assertThat(card(page, "renewed")).containsText("1");
            answer(page, NAMES.get(2), "declined");
            assertThat(card(page, "declined")).containsText("1");
            assertThat(card(page, "pending")).containsText("1");
            assertThat(page.locator("[data-test=renewal-outstanding-row]")).hasCount(1);
            assertThat(card(page, "feesReceived")).containsText("¥0");

            page.navigate(appUrl() + "/regions/" + REGION + "/sponsors/" + sponsorIds.get(0));
            Locator row = page.locator("[data-test=sponsorship-row][data-year=\"" + nextYear + "\"]");
            Download invoice = page.waitForDownload(() -> row.locator("[data-test=sponsorship-invoice]").click());
            assertThat(pdfText(invoice.path())).contains("請求書").contains(NAMES.get(0)).contains("不課税");
            assertThat(row.locator("[data-test=sponsorship-invoice-number]")).containsText("I" + nextYear + "-0001");

            row.locator("[data-test=sponsorship-payment]").click();
            page.locator("[data-test=payment-save]").click();
            assertThat(row.locator("[data-test=sponsorship-paid]")).containsText("¥10,000");

            Download receipt = page.waitForDownload(() -> row.locator("[data-test=sponsorship-receipt]").click());
            String receiptText = pdfText(receipt.path());
            assertThat(receiptText).contains("領収書").contains(NAMES.get(0)).contains("10,000");
            assertThat(row.locator("[data-test=sponsorship-receipt-number]")).containsText("R" + nextYear + "-0001");
            SignIn.screenshot(page, "renewal-receipt");

            page.navigate(appUrl() + "/regions/" + REGION + "/renewals?year=" + nextYear);
            assertThat(card(page, "feesReceived")).containsText("¥10,000");
            assertThat(card(page, "renewed")).containsText("1");
            SignIn.screenshot(page, "renewal-dashboard");
        }
    }

    private static Locator card(Page page, String key) {
        return page.locator("[data-test=renewal-card-" + key + "]");
    }

    private static void answer(Page page, String name, String status) {
        page.locator("[data-test=renewal-outstanding-row]").filter(new Locator.FilterOptions().setHasText(name))
                .locator("[data-test=renewal-answer-" + status + "]").click();
        assertThat(page.locator("[data-test=renewal-outstanding-row]").filter(new Locator.FilterOptions().setHasText(name)))
                .hasCount(0);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
