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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Renewal requests and reminders go out by email through a real SMTP server, once per step, and failures are kept. */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RenewalRequestsTest extends ApiTestBase {
    private static final String REGION = "mail-town";
    private static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private static final int SMTP_PORT = freePort();
    private LocalMailServer mail = LocalMailServer.start(SMTP_PORT);
    private Api admin;
    private long answersLater;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.mail.port", String.valueOf(SMTP_PORT));
        return properties;
    }

    @BeforeAll
    void threeSponsorsWaitingAndOneWhoAnswered() {
        regions.ensure(new Region(REGION, "メール町見守りネットワーク", "Mail Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
        sponsor("メール病院", "hospital@mail-town.example");
        sponsor("郵送の薬局", null);
        answersLater = sponsor("あとで答える企業", "company@mail-town.example");
        long answered = sponsor("もう答えた施設", "facility@mail-town.example");
        admin.post(path("/renewals/" + YEAR + "/open"), "{}");
        admin.put(path("/sponsors/" + answered + "/sponsorships/" + YEAR), "{\"status\":\"renewed\",\"version\":0}");
    }

    @AfterAll
    void stopMail() {
        mail.close();
    }

    @Test
    @Order(1)
    void theRequestGoesByEmailToThoseWithAnAddressAndTheRestArePrinted() throws Exception {
        JsonNode report = send("request");
        assertThat(report.get("sent").getIntValue()).isEqualTo(2);
        assertThat(report.get("toPrint").getIntValue()).isEqualTo(1);
        List<MimeMessage> received = mail.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getSubject()).contains("協賛継続のお願い").contains("年度");
        assertThat(LocalMailServer.text(received.get(0))).contains("山田 花子 様").contains("メール町見守りネットワーク");
    }

    @Test
    @Order(2)
    void runningTheSameStepAgainSendsNothingTwice() {
        JsonNode report = send("request");
        assertThat(report.get("sent").getIntValue()).isZero();
        assertThat(report.get("skipped").getIntValue()).isEqualTo(3);
        assertThat(mail.received()).hasSize(2);
    }

    @Test
    @Order(3)
    void aReminderGoesOnlyToThoseStillWithoutAnAnswer() {
        admin.put(path("/sponsors/" + answersLater + "/sponsorships/" + YEAR), "{\"status\":\"declined\",\"version\":0}");
        JsonNode report = send("reminder-1");
        assertThat(report.get("sent").getIntValue()).isEqualTo(1);
        assertThat(mail.received()).hasSize(3);
        assertThat(subjects()).filteredOn(subject -> subject.startsWith("【再送】")).hasSize(1);
    }

    @Test
    @Order(4)
    void aFailedSendIsRecordedAndRetriedOnceTheServerIsBack() {
        mail.close();
        JsonNode failed = send("reminder-2");
        assertThat(failed.get("failed").getIntValue()).isEqualTo(1);
        JsonNode records = admin.get(path("/renewals/" + YEAR + "/sends")).json();
        boolean recordedFailure = false;
        for (JsonNode record : records.values()) {
            if (record.get("step").getStringValue().equals("reminder-2") && record.get("channel").getStringValue().equals("email")) {
                recordedFailure = record.get("status").getStringValue().equals("failed") && !record.get("error").isNull();
            }
        }
        assertThat(recordedFailure).isTrue();

        mail = LocalMailServer.start(SMTP_PORT);
        JsonNode retried = send("reminder-2");
        assertThat(retried.get("sent").getIntValue()).isEqualTo(1);
        assertThat(send("reminder-2").get("sent").getIntValue()).isZero();
        assertThat(mail.received()).hasSize(1);
    }

    @Test
    @Order(5)
    void anUnknownStepIsRefused() {
        Api.Reply reply = admin.post(path("/renewals/" + YEAR + "/sends"), "{\"step\":\"reminder-9\"}");
        assertThat(reply.status()).isEqualTo(400);
    }

    private JsonNode send(String step) {
        Api.Reply reply = admin.post(path("/renewals/" + YEAR + "/sends"), "{\"step\":\"" + step + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private List<String> subjects() {
        return mail.received().stream().map(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private long sponsor(String name, String email) {
        Api.Reply reply = admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", name).with("email", email).json());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
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
