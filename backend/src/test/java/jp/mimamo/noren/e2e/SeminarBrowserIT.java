package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: Yamato's admin opens a seminar run by two organisations (flagged against the rule of three),
 * takes a telephone application, and ticks the person at the door.
 */
@MicronautTest
class SeminarBrowserIT extends BrowserTestBase {
    private static final String TITLE = "地域づくりセミナー「聞こえと補聴器」";

    @Test
    void anAdminTakesAnApplicationAndTicksThePersonAtTheDoor() {
        String day = LocalDate.now().plusDays(10).toString();
        Api admin = as("yamato-admin");
        Api.Reply created = admin.post("/api/v1/regions/yamato/seminars", "{\"kind\":\"single\",\"title\":\"" + TITLE + "\",\"capacity\":30,"
                + "\"questions\":[\"入口近くの席を希望\"],\"organisers\":[{\"name\":\"大和市\",\"role\":\"government\",\"part\":\"host\"},"
                + "{\"name\":\"大和耳鼻科クリニック\",\"role\":\"medical\",\"part\":\"lecture\"}],"
                + "\"sessions\":[{\"startsAt\":\"" + day + "T14:00\",\"endsAt\":\"" + day + "T16:00\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long seminar = created.json().get("id").getLongValue();

        try (BrowserContext yamato = newJapaneseContext()) {
            Page page = yamato.newPage();
            SignIn.as(page, appUrl(), "yamato-admin", url -> url.contains("/regions/"));
            page.locator("[data-test=nav-seminars]").click();
            page.locator("[data-test=seminar-list]").getByText(TITLE).click();
            page.waitForURL("**/seminars/" + seminar);
            assertThat(page.locator("[data-test=rule-of-three]")).containsText("三者の原則まであと1者");
            page.waitForTimeout(600);
            SignIn.screenshot(page, "seminar-detail");

            page.locator("[data-test=open-registrations]").first().click();
            page.locator("[data-test=apply]").click();
            SignIn.input(page, "person-name").fill("鈴木 節子");
            SignIn.input(page, "person-kana").fill("すずき せつこ");
            SignIn.input(page, "person-phone").fill("046-261-0001");
            page.locator("[data-test=registration-form]").getByLabel("入口近くの席を希望").fill("はい");
            page.locator("[data-test=registration-submit]").click();
            Locator row = page.locator("[data-test=registrations] tr").filter(new Locator.FilterOptions().setHasText("鈴木 節子"));
            assertThat(row).containsText("スズキ セツコ");
            assertThat(row).containsText("申込済");
            assertThat(row.locator("[data-test=cancel]")).isVisible();
            page.waitForTimeout(600);
            SignIn.screenshot(page, "seminar-registrations");

            page.getByText("受付画面へ").click();
            Locator person = page.locator("[data-test=attendance-person]").filter(new Locator.FilterOptions().setHasText("鈴木 節子"));
            person.click();
            assertThat(person).hasAttribute("aria-pressed", "true");
            assertThat(page.locator("[data-test=attendance-counts]")).hasText("出席 1 / 申込 1");
            page.waitForTimeout(600);
            SignIn.screenshot(page, "seminar-attendance");
        }
    }
}
