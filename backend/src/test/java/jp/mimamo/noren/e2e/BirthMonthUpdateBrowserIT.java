package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: Ota's centre staff open the month's birth-month list, print the update postcards, record a
 * phone call that raised a concern, and see the progress of their centre rise.
 */
@MicronautTest
class BirthMonthUpdateBrowserIT extends BrowserTestBase {
    private static final String FIRST = "誕生 春子";
    private static final String SECOND = "誕生 秋男";
    private long centre;

    @BeforeAll
    void otaHasTwoResidentsBornThisMonth() {
        regions.ensure(new Region("ota", "おおた高齢者見守りネットワーク（大田区）", "Ota Ward"));
        Api admin = as("ota-admin");
        Api.Reply created = admin.post("/api/v1/regions/ota/centres",
                "{\"name\":\"大森地域包括支援センター\",\"phone\":\"03-5764-0601\",\"afterHoursContact\":\"大田区夜間窓口\"}");
        centre = created.status() == 201 ? created.json().get("id").getLongValue()
                : admin.get("/api/v1/regions/ota/centres").json().get(0).get("id").getLongValue();
        org.assertj.core.api.Assertions.assertThat(admin.put("/api/v1/regions/ota/centres/" + centre + "/staff/ota-centre", "{}").status())
                .isEqualTo(200);
        Api staff = as("ota-centre");
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Tokyo"));
        LocalDate consented = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusYears(2);
        for (String[] person : new String[][] {{FIRST, "タンジョウ ハルコ", "東京都大田区山王2-5-6"}, {SECOND, "タンジョウ アキオ", "東京都大田区大森北4-1-2"}}) {
            Api.Reply registered = staff.post("/api/v1/regions/ota/registrants", RegistrantFixtures.aResident().with("name", person[0])
                    .with("nameKana", person[1]).with("address", person[2]).with("birthDate", now.minusYears(81).atDay(3).toString())
                    .with("consent", Map.of("formVersion", "2024年4月版", "consentedOn", consented.toString(), "discloseTo", List.of("hospital")))
                    .json());
            org.assertj.core.api.Assertions.assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        }
    }

    @Test
    void centreStaffWorkThroughTheMonthsList() throws IOException {
        try (BrowserContext ota = newJapaneseContext()) {
            Page page = ota.newPage();
            SignIn.as(page, appUrl(), "ota-centre", url -> url.contains("/regions/"));

            page.locator("[data-test=nav-birth-month-updates]").click();
            Locator table = page.locator("[data-test=worklist-table]");
            assertThat(table).containsText(FIRST);
            assertThat(table).containsText(SECOND);
            assertThat(page.locator("[data-test=worklist-summary]")).containsText("大森地域包括支援センター");

            Download postcards = page.waitForDownload(() -> page.locator("[data-test=print-postcards]").click());
            String text;
            try (var pdf = Loader.loadPDF(Path.of(postcards.path().toString()).toFile())) {
                text = new PDFTextStripper().getText(pdf);
            }
            org.assertj.core.api.Assertions.assertThat(text).contains(FIRST, SECOND, "東京都大田区山王2-5-6", "東京都大田区大森北4-1-2",
                    "登録内容の確認のお願い");

            page.locator("[data-test=nav-update-progress]").click();
            Locator done = page.locator("[data-test=progress-" + centre + "-done]");
            done.waitFor();
            int before = Integer.parseInt(done.innerText().trim());

            page.locator("[data-test=nav-birth-month-updates]").click();
            table.locator(".el-table__row").filter(new Locator.FilterOptions().setHasText(FIRST))
                    .locator("[data-test=worklist-record]").click();
            Locator dialog = page.locator("[data-test=contact-dialog]");
            dialog.locator("[data-test=contact-method-phone]").click();
            dialog.locator("[data-test=contact-outcome-no-change]").click();
            SignIn.input(page, "contact-concern").fill("最近、夜に道に迷うことがあると長男から");
            dialog.locator("[data-test=contact-follow-up]").click();
            SignIn.screenshot(page, "birth-month-contact");
            dialog.locator("[data-test=contact-save]").click();
            assertThat(table).not().containsText(FIRST);
            assertThat(table).containsText(SECOND);
            SignIn.screenshot(page, "birth-month-worklist");

            page.locator("[data-test=nav-update-progress]").click();
            assertThat(page.locator("[data-test=progress-" + centre + "-done]")).hasText(String.valueOf(before + 1));
            SignIn.screenshot(page, "birth-month-progress");
        }
    }
}
