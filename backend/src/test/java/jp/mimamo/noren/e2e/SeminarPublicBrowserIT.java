package jp.mimamo.noren.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import jp.mimamo.noren.devstack.LocalMailServer;
import jp.mimamo.noren.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: Yamato's admin plans a two-session course run by three organisations; a resident applies on the
 * public page on a phone with very large text, staff take a telephone application for the last seat, the next
 * resident goes to the waitlist, a cancellation moves her up and she is emailed; the door list and the figures agree.
 */
@MicronautTest
class SeminarPublicBrowserIT extends BrowserTestBase {
    private static final String TITLE = "みま～も体操教室「いきいき大和」";
    private static final int SMTP_PORT = freePort();
    private final LocalMailServer mail = LocalMailServer.start(SMTP_PORT);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.mail.port", String.valueOf(SMTP_PORT));
        properties.put("noren.public-page.min-fill-time", "1s");
        return properties;
    }

    @AfterAll
    void stopMail() {
        mail.close();
    }

    @Test
    void aResidentAppliesOnThePublicPageAndMovesUpFromTheWaitlist() throws Exception {
        LocalDate first = LocalDate.now().plusDays(9);
        LocalDate second = first.plusDays(7);
        Api admin = as("yamato-admin");
        Api.Reply created = admin.post("/api/v1/regions/yamato/seminars", "{\"kind\":\"series\",\"title\":\"" + TITLE + "\",\"capacity\":2,"
                + "\"fee\":300,\"audience\":\"open\",\"questions\":[\"椅子を使いたい\"],\"organisers\":["
                + "{\"name\":\"大和市地域包括支援センター\",\"role\":\"government\",\"part\":\"host\"},"
                + "{\"name\":\"大和リハビリクリニック\",\"role\":\"medical\",\"part\":\"lecture\"},"
                + "{\"name\":\"中央林間商店会\",\"role\":\"shopping-street\",\"part\":\"support\"}],"
                + "\"sessions\":[{\"startsAt\":\"" + first + "T10:00\",\"endsAt\":\"" + first + "T11:30\"},"
                + "{\"startsAt\":\"" + second + "T10:00\",\"endsAt\":\"" + second + "T11:30\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long seminar = created.json().get("id").getLongValue();
        assertThat(created.json().get("ruleOfThree").get("met").getBooleanValue()).isTrue();
        long firstSession = created.json().get("sessions").get(0).get("id").getLongValue();

        try (BrowserContext phone = phoneWithLargeText()) {
            Page page = phone.newPage();
            page.navigate(appUrl() + "/p/yamato/events");
            awaitCalendar(page);
            Locator card = page.locator("[data-test=public-event]").filter(new Locator.FilterOptions().setHasText(TITLE)).first();
            assertThat(card.locator("[data-test=public-event-seats]")).hasText("残り 2 席");
            assertThat(card).containsText("¥300");
            assertThat(card.locator("[data-test=public-event-when]")).containsText("（");
            assertFitsTheScreen(page);
            SignIn.screenshot(page, "public-calendar-large-text");
            applyOnline(page, card, "山本 和子", "ヤマモト カズコ", "yamamoto@yamato.example");
            assertThat(page.locator("[data-test=public-receipt]")).containsText("お申し込みを受け付けました");
            assertThat(page.locator("[data-test=public-receipt]")).containsText("メールでお送りしました");
            assertFitsTheScreen(page);
        }
        assertThat(lastMail().getSubject()).isEqualTo("【お申し込み受付】" + TITLE);

        try (BrowserContext office = newJapaneseContext()) {
            Page page = office.newPage();
            SignIn.as(page, appUrl(), "yamato-admin", url -> url.contains("/regions/"));
            page.navigate(appUrl() + "/regions/yamato/seminars/" + seminar);
            assertThat(page.locator("[data-test=rule-of-three]")).hasText("三者の原則を満たす");
            page.locator("[data-test=open-registrations]").first().click();
            page.locator("[data-test=apply]").click();
            SignIn.input(page, "person-name").fill("田中 茂");
            SignIn.input(page, "person-kana").fill("たなか しげる");
            SignIn.input(page, "person-phone").fill("046-261-0002");
            page.locator("[data-test=registration-submit]").click();
            Locator tanaka = page.locator("[data-test=registrations] tr").filter(new Locator.FilterOptions().setHasText("田中 茂"));
            assertThat(tanaka).containsText("申込済");

            try (BrowserContext phone = phoneWithLargeText()) {
                Page resident = phone.newPage();
                resident.navigate(appUrl() + "/p/yamato/events");
                awaitCalendar(resident);
                Locator card = resident.locator("[data-test=public-event]").filter(new Locator.FilterOptions().setHasText(TITLE)).first();
                assertThat(card.locator("[data-test=public-event-seats]")).containsText("満席");
                applyOnline(resident, card, "佐々木 花", "ササキ ハナ", "sasaki@yamato.example");
                assertThat(resident.locator("[data-test=public-receipt]")).containsText("キャンセル待ち（1 番目）");
            }
            assertThat(lastMail().getSubject()).isEqualTo("【キャンセル待ち受付】" + TITLE);

            page.reload();
            tanaka.locator("[data-test=cancel]").click();
            page.locator(".el-message-box__btns .el-button--primary").click();
            Locator sasaki = page.locator("[data-test=registrations] tr").filter(new Locator.FilterOptions().setHasText("佐々木 花"));
            assertThat(sasaki).containsText("申込済");
            assertThat(tanaka).containsText("取消");
            assertThat(page.locator("[data-test=capacity]")).containsText("キャンセル待ち 0名");
            page.waitForTimeout(600);
            SignIn.screenshot(page, "seminar-registrations-after-promotion");
        }
        MimeMessage promoted = lastMail();
        assertThat(promoted.getAllRecipients()[0].toString()).isEqualTo("sasaki@yamato.example");
        assertThat(promoted.getSubject()).isEqualTo("【参加確定】" + TITLE);

        Api.Bytes doorList = admin.bytes("GET", "/api/v1/regions/yamato/seminar-sessions/" + firstSession + "/door-list.pdf", null, null);
        assertThat(doorList.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(doorList.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("山本 和子").contains("佐々木 花").doesNotContain("田中 茂");
        }

        JsonNode report = admin.get("/api/v1/regions/yamato/seminars/" + seminar + "/participation").json();
        JsonNode line = report.get("sessions").get(0);
        assertThat(line.get("registered").getIntValue()).isEqualTo(2);
        assertThat(line.get("waitlisted").getIntValue()).isZero();
        assertThat(line.get("cancelledRegistrations").getIntValue()).isEqualTo(1);
        assertThat(report.get("sessions").get(1).get("registered").getIntValue()).isZero();
        List<JsonNode> online = java.util.stream.StreamSupport.stream(
                admin.get("/api/v1/regions/yamato/seminar-sessions/" + firstSession + "/registrations").json().values().spliterator(), false)
                .filter(r -> r.get("channel").getStringValue().equals("online")).toList();
        assertThat(online).hasSize(2);
    }

    /** A phone at 200 % text size: a narrow screen and every rem twice as large. */
    private BrowserContext phoneWithLargeText() {
        BrowserContext context = newJapaneseContext();
        context.setDefaultTimeout(30_000);
        context.addInitScript("document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%' })");
        return context;
    }

    private static void awaitCalendar(Page page) {
        try {
            page.locator("[data-test=public-event]").first().waitFor();
        } catch (RuntimeException e) {
            SignIn.screenshot(page, "public-calendar-failed");
            throw new AssertionError("the public calendar did not show: " + page.locator("body").innerText(), e);
        }
    }

    private static void applyOnline(Page page, Locator card, String name, String kana, String email) {
        page.setViewportSize(360, 740);
        card.locator("[data-test=public-apply]").click();
        page.locator("[data-test=public-name]").fill(name);
        page.locator("[data-test=public-kana]").fill(kana);
        page.locator("[data-test=public-email]").fill(email);
        page.getByLabel("椅子を使いたい").fill("はい");
        page.locator("[data-test=public-consent]").check();
        assertFitsTheScreen(page);
        page.waitForTimeout(1200);
        page.locator("[data-test=public-submit]").click();
    }

    private static void assertFitsTheScreen(Page page) {
        page.setViewportSize(360, 740);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal scrolling at 200 % text").isLessThanOrEqualTo(0);
        Object rootSize = page.evaluate("() => getComputedStyle(document.documentElement).fontSize");
        assertThat(rootSize).isEqualTo("32px");
    }

    private MimeMessage lastMail() throws InterruptedException {
        for (int i = 0; i < 50 && mail.received().isEmpty(); i++) {
            Thread.sleep(100);
        }
        List<MimeMessage> received = mail.received();
        return received.get(received.size() - 1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
