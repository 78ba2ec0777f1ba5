package jp.mimamo.noren.renewals;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import jp.mimamo.noren.devstack.LocalMailServer;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renewal email and letters are written from the region's template in force, and every send records which text it
 * was: head office publishing again changes nothing already sent.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RenewalTextsTest extends ApiTestBase {
    private static final String REGION = "own-text-town";
    private static final String OWN_LINE = "独自町では、協賛先の皆さまを秋の交流会にご招待しています。";
    private static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private static final int SMTP_PORT = freePort();
    private final LocalMailServer mail = LocalMailServer.start(SMTP_PORT);
    private Api admin;
    private Api hq;
    private int ownTextBase;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.mail.port", String.valueOf(SMTP_PORT));
        return properties;
    }

    @BeforeAll
    void aRegionWithItsOwnRequestText() {
        regions.ensure(new Region(REGION, "独自町見守りネットワーク", "Own Text Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
        hq = api().as(TestTokens.headOffice());
        sponsor("メールの病院", "hospital@own-text.example");
        sponsor("郵送の薬局", null);
        admin.post(path("/renewals/" + YEAR + "/open"), "{}");
        JsonNode shared = admin.get(path("/document-templates/renewal-request")).json().get("shared");
        ownTextBase = shared.get("version").getIntValue();
        Api.Reply own = admin.put(path("/document-templates/renewal-request/override"), json(Map.of(
                "subject", "【独自町】{sponsorName}様へ 協賛継続のお願い（{fiscalYear}）",
                "body", shared.get("body").getStringValue() + "\n" + OWN_LINE, "revision", 0)));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
    }

    @AfterAll
    void stopMail() {
        mail.close();
    }

    @Test
    @Order(1)
    void theRequestEmailUsesTheRegionsOwnTextAndRecordsWhichItWas() throws Exception {
        Api.Reply sent = admin.post(path("/renewals/" + YEAR + "/sends"), "{\"step\":\"request\"}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);

        List<MimeMessage> received = mail.received();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("【独自町】メールの病院様へ 協賛継続のお願い（" + new FiscalYear(YEAR).label(java.util.Locale.JAPANESE) + "）");
        assertThat(LocalMailServer.text(received.get(0))).contains(OWN_LINE, "このメールへのご返信またはお電話にて").doesNotContain("{");
        for (JsonNode record : admin.get(path("/renewals/" + YEAR + "/sends")).json().values()) {
            assertThat(record.get("templateKey").getStringValue()).isEqualTo("renewal-request");
            assertThat(record.get("templateVersion").getIntValue()).isEqualTo(ownTextBase);
            assertThat(record.get("templateRegionRevision").getIntValue()).isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void aNewHeadOfficeVersionLeavesWhatWasSentAsItWas() {
        String recordedBefore = admin.get(path("/renewals/" + YEAR + "/sends")).body();
        JsonNode latest = hq.get("/api/v1/hq/document-templates/renewal-request").json().get("latest");
        String bodyBefore = latest.get("body").getStringValue();
        Api.Reply published = hq.post("/api/v1/hq/document-templates/renewal-request/versions", json(Map.of(
                "subject", latest.get("subject").getStringValue(), "body", bodyBefore + "\n本部の新しい一文", "note", "一文を追加",
                "baseVersion", latest.get("version").getIntValue())));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);

        assertThat(admin.get(path("/renewals/" + YEAR + "/sends")).body()).isEqualTo(recordedBefore);
        JsonNode sentFrom = hq.get("/api/v1/hq/document-templates/renewal-request/versions/" + latest.get("version").getIntValue()).json();
        assertThat(sentFrom.get("version").get("body").getStringValue()).isEqualTo(bodyBefore);
    }

    @Test
    @Order(3)
    void aReminderUsesHeadOfficesLatestReminderWhenTheRegionHasNoneOfItsOwn() {
        int reminderVersion = hq.get("/api/v1/hq/document-templates/renewal-reminder").json().get("latest").get("version").getIntValue();

        admin.post(path("/renewals/" + YEAR + "/sends"), "{\"step\":\"reminder-1\"}");

        assertThat(mail.received()).hasSize(2);
        JsonNode reminder = null;
        for (JsonNode record : admin.get(path("/renewals/" + YEAR + "/sends")).json().values()) {
            if (record.get("step").getStringValue().equals("reminder-1") && record.get("channel").getStringValue().equals("email")) {
                reminder = record;
            }
        }
        assertThat(reminder).isNotNull();
        assertThat(reminder.get("templateKey").getStringValue()).isEqualTo("renewal-reminder");
        assertThat(reminder.get("templateVersion").getIntValue()).isEqualTo(reminderVersion);
        assertThat(reminder.get("templateRegionRevision").isNull()).isTrue();
    }

    @Test
    @Order(4)
    void lettersArePrintedFromTheTextInForceWhenPrinted() throws Exception {
        try (PDDocument pdf = letters("?postOnly=true")) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("郵送の薬局", OWN_LINE, "同封の回答用紙のご返送").doesNotContain("このメール");
        }

        int revision = admin.get(path("/document-templates/renewal-request")).json().get("revision").getIntValue();
        assertThat(admin.post(path("/document-templates/renewal-request/override/revert"), "{\"revision\":" + revision + "}").status()).isEqualTo(200);

        try (PDDocument pdf = letters("?postOnly=true")) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("郵送の薬局", "本部の新しい一文").doesNotContain(OWN_LINE);
        }
        try (PDDocument pdf = letters("?postOnly=true&step=reminder-1")) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("【再送】", "まだご回答をいただいていない");
        }
    }

    @Test
    @Order(5)
    void anUnknownStepIsRefusedForLetters() {
        assertThat(admin.get(path("/renewals/" + YEAR + "/letters.pdf?step=reminder-9")).status()).isEqualTo(400);
    }

    private PDDocument letters(String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURI() + path("/renewals/" + YEAR + "/letters.pdf" + query)))
                .header("Authorization", "Bearer " + TestTokens.regionAdmin(REGION)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return Loader.loadPDF(response.body());
    }

    private void sponsor(String name, String email) {
        Api.Reply reply = admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", name).with("email", email)
                .with("contacts", List.of()).json());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String rest) {
        return "/api/v1/regions/" + REGION + rest;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
