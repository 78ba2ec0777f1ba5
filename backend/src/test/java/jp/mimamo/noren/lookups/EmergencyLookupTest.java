package jp.mimamo.noren.lookups;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import jp.mimamo.noren.audit.AccessLogRows;
import jp.mimamo.noren.devstack.LocalMailServer;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static jp.mimamo.noren.lookups.LookupWorld.count;
import static jp.mimamo.noren.lookups.LookupWorld.lookUp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hospital in another region looks up a keychain number: it sees only what the look-up may show, both regions log
 * it, and the registrant's centre gets a notice and a mail. Refusals look exactly like unknown numbers.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmergencyLookupTest extends ApiTestBase {
    static final String HOME = "umibe";
    static final String AWAY = "oka";
    private static final int SMTP_PORT = freePort();
    private final LocalMailServer mail = LocalMailServer.start(SMTP_PORT);

    private RegistryWorld home;
    private Api awayAdmin;
    private Api hospital;
    private Api police;
    private Api unapproved;
    private Api homeHospital;
    private long registrant;
    private String number;
    private long policeOnlyHospitalRegistrant;
    private String hospitalOnlyNumber;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.mail.port", String.valueOf(SMTP_PORT));
        properties.put("noren.lookups.per-responder-per-minute", "10");
        properties.put("noren.lookups.per-organisation-per-minute", "15");
        return properties;
    }

    @BeforeAll
    void twoRegionsAndTheirResponders() {
        regions.ensure(new Region(HOME, "うみべ見守りネットワーク", "Umibe"));
        regions.ensure(new Region(AWAY, "おか見守りネットワーク", "Oka"));
        home = RegistryWorld.in(api(), HOME);
        LookupWorld.centreEmail(HOME, home.centre(), "omori-centre@umibe.example");
        registrant = LookupWorld.registrantWithConsent(home, "海辺 ハナ", List.of("hospital", "fire"));
        number = home.issueKeychain(registrant);
        policeOnlyHospitalRegistrant = LookupWorld.registrantWithConsent(home, "海辺 トメ", List.of("hospital"));
        hospitalOnlyNumber = home.issueKeychain(policeOnlyHospitalRegistrant);

        awayAdmin = api().as(jp.mimamo.noren.support.TestTokens.regionAdmin(AWAY));
        long awayHospital = LookupWorld.organisation(awayAdmin, AWAY, "おか中央病院", "hospital", true);
        long awayPolice = LookupWorld.organisation(awayAdmin, AWAY, "おか警察署", "police", true);
        long awayClinic = LookupWorld.organisation(awayAdmin, AWAY, "おか新しい診療所", "hospital", false);
        hospital = LookupWorld.responder(api(), awayAdmin, AWAY, "oka-er-nurse", awayHospital);
        police = LookupWorld.responder(api(), awayAdmin, AWAY, "oka-officer", awayPolice);
        unapproved = LookupWorld.responder(api(), awayAdmin, AWAY, "oka-clinic-doctor", awayClinic);
        long homeOrganisation = LookupWorld.organisation(home.admin(), HOME, "うみべ消防署", "fire", true);
        homeHospital = LookupWorld.responder(api(), home.admin(), HOME, "umibe-firefighter", homeOrganisation);
    }

    @AfterAll
    void stopMail() {
        mail.close();
    }

    @Test
    @Order(1)
    void aHospitalOfAnotherRegionSeesOnlyWhatTheLookupShows() {
        long homeLog = AccessLogRows.lastId(HOME);
        long awayLog = AccessLogRows.lastId(AWAY);

        Api.Reply reply = hospital.post(path(AWAY), "{\"number\":\"" + display(number) + "\",\"reason\":\"transport\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode view = reply.json();
        assertThat(view.get("result").getStringValue()).isEqualTo("shown");
        assertThat(view.get("person").get("name").getStringValue()).isEqualTo("海辺 ハナ");
        assertThat(view.get("person").get("nameKana").getStringValue()).isEqualTo("ヤマダ ハナ");
        assertThat(view.get("person").get("birthDate").getStringValue()).isEqualTo("1940-03-02");
        assertThat(view.get("centre").get("name").getStringValue()).isEqualTo("大森地域包括支援センター");
        assertThat(view.get("centre").get("afterHoursPhone").getStringValue()).isEqualTo("03-3762-0110");
        assertThat(view.get("connections").values()).extracting(c -> c.get("name").getStringValue())
                .containsExactly("山田 一郎", "佐藤 和子", "喫茶 山王");
        assertThat(view.get("medical").get("allergies").getStringValue()).isEqualTo("ペニシリン");
        assertThat(reply.body()).doesNotContain(jp.mimamo.noren.registrants.RegistrantFixtures.ADDRESS)
                .doesNotContain("03-3761-1234").doesNotContain("日中は自宅").doesNotContain("support-1")
                .doesNotContain("\"address\"");

        List<AccessLogRows.Row> homeRows = AccessLogRows.since(HOME, homeLog);
        assertThat(homeRows).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("lookup");
            assertThat(row.registrantId()).isEqualTo(registrant);
            assertThat(row.username()).isEqualTo("oka-er-nurse");
            assertThat(row.sections()).isEqualTo("name nameKana birthDate centre connections medical");
            assertThat(row.purpose()).isEqualTo("緊急照会: 搬送");
            assertThat(row.details()).contains("おか中央病院").contains("\"responderRegion\": \"oka\"");
            assertThat(row.clientIp()).isNotBlank();
        });
        assertThat(AccessLogRows.since(AWAY, awayLog)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("lookup-elsewhere");
            assertThat(row.registrantId()).isNull();
            assertThat(row.details()).contains("\"homeRegion\": \"umibe\"");
        });
        assertThat(count("select count(*) from lookup_notices where region_id = 'umibe' and registrant_id = " + registrant
                + " and result = 'shown' and organisation_name = 'おか中央病院'")).isEqualTo(1);
        MimeMessage sent = awaitMail(1);
        assertThat(LocalMailServer.text(sent)).contains(display(number)).contains("おか中央病院").contains("搬送")
                .doesNotContain("海辺 ハナ");
        await(() -> "sent".equals(LookupWorld.text("select mail_status from lookup_notices where region_id = 'umibe'"
                + " and registrant_id = " + registrant + " order by id desc limit 1")));
    }

    @Test
    @Order(2)
    void policeSeeNoMedicalNotesThePersonDidNotAgreeToShowThem() {
        assertThat(home.staff().bytes("PUT", home.path("/registrants/" + policeOnlyHospitalRegistrant + "/photo"),
                jp.mimamo.noren.support.TestImages.sealJpeg(), "image/jpeg").status()).isEqualTo(200);
        Api.Reply reply = police.post(path(AWAY), lookUp(hospitalOnlyNumber, "protection"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("medical").isNull()).isTrue();
        assertThat(reply.json().get("medicalWithheld").getBooleanValue()).isTrue();
        assertThat(reply.body()).doesNotContain("ペニシリン").doesNotContain("降圧剤");
        assertThat(reply.json().get("person").get("name").getStringValue()).isEqualTo("海辺 トメ");
        assertThat(reply.json().get("person").get("photo").getStringValue()).as("the centre's photo identifies her")
                .startsWith("data:image/jpeg;base64,");
        assertThat(reply.json().get("shownFields").values()).extracting(f -> f.getStringValue()).contains("photo");
    }

    @Test
    @Order(3)
    void aLookupInTheRespondersOwnRegionIsLoggedOnce() {
        long homeLog = AccessLogRows.lastId(HOME);
        Api.Reply reply = homeHospital.post(path(HOME), lookUp(number, "wandering"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(AccessLogRows.since(HOME, homeLog)).extracting(AccessLogRows.Row::action).containsExactly("lookup");
    }

    @Test
    @Order(4)
    void badNumbersAndReasonsAreRefusedBeforeAnyQueryAndOnlyTheAttemptIsLogged() {
        long notices = count("select count(*) from lookup_notices");
        String[] bodies = {
                lookUp("OTA-1234-5678", "transport"),
                lookUp(wrongCheckDigit(number), "transport"),
                lookUp("' or 1=1; drop table registrants; --", "transport"),
                lookUp("x".repeat(5000), "transport"),
                lookUp(number, "curiosity"),
                "{\"number\":\"" + number + "\",\"reason\":\"other\"}",
                "{\"number\":\"" + number + "\",\"reason\":\"other\",\"reasonText\":\"" + "長".repeat(201) + "\"}",
        };
        for (String body : bodies) {
            long awayLog = AccessLogRows.lastId(AWAY);
            Api.Reply reply = hospital.post(path(AWAY), body);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.body()).doesNotContain("SQL").doesNotContain("Exception");
            assertThat(AccessLogRows.since(AWAY, awayLog)).singleElement().satisfies(row -> {
                assertThat(row.action()).isEqualTo("lookup");
                assertThat(row.outcome()).isEqualTo("rejected");
                assertThat(row.registrantId()).isNull();
            });
        }
        Api.Reply checkDigit = hospital.post(path(AWAY), lookUp(wrongCheckDigit(number), "transport"));
        assertThat(checkDigit.body()).contains("確認数字が合いません");
        assertThat(count("select count(*) from lookup_notices")).isEqualTo(notices);
        assertThat(count("select count(*) from registrants where region_id = 'umibe'")).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(4)
    void bodiesThatAreNotALookupAre4xxAndWriteNothing() {
        long awayLog = AccessLogRows.lastId(AWAY);
        Api.Reply broken = hospital.send("POST", path(AWAY), "{\"number\":", "application/json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.isProblem()).isTrue();
        Api.Reply huge = hospital.send("POST", path(AWAY), "{\"number\":\"" + "9".repeat(2_000_000) + "\"}", "application/json");
        assertThat(huge.status()).isBetween(400, 499);
        Api.Reply text = hospital.send("POST", path(AWAY), number, "text/plain");
        assertThat(text.status()).isBetween(400, 499);
        assertThat(AccessLogRows.since(AWAY, awayLog)).isEmpty();
    }

    @Test
    @Order(5)
    void aResponderWithoutAnApprovedOrganisationGetsTheSameAnswerAsForAnUnknownNumber() {
        long awayLog = AccessLogRows.lastId(AWAY);
        long homeLog = AccessLogRows.lastId(HOME);
        Api.Reply refused = unapproved.post(path(AWAY), lookUp(number, "transport"));
        Api.Reply unknown = unapproved.post(path(AWAY), lookUp(unknownNumberOf(number), "transport"));
        Api.Reply unknownByApproved = police.post(path(AWAY), lookUp(unknownNumberOf(number), "transport"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).isEqualTo(unknown.body()).isEqualTo(unknownByApproved.body());
        assertThat(refused.body()).doesNotContain("海辺");
        assertThat(AccessLogRows.since(HOME, homeLog)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("lookup");
            assertThat(row.outcome()).isEqualTo("rejected");
            assertThat(row.details()).contains("\"result\": \"refused\"");
        });
        assertThat(AccessLogRows.since(AWAY, awayLog)).extracting(AccessLogRows.Row::action)
                .containsExactly("lookup-elsewhere", "lookup", "lookup");
        assertThat(count("select count(*) from lookup_notices where region_id = 'umibe' and result = 'refused'")).isEqualTo(1);
    }

    @Test
    @Order(6)
    void anEmergencyReasonOpensTheRecordAndPutsTheLookupInTheAdminsReviewQueue() {
        Api.Reply tooShort = unapproved.post(path(AWAY), "{\"number\":\"" + number
                + "\",\"reason\":\"transport\",\"emergencyReason\":\"急ぎ\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("緊急開示の理由");

        Api.Reply reply = unapproved.post(path(AWAY), "{\"number\":\"" + number
                + "\",\"reason\":\"transport\",\"emergencyReason\":\"意識のない方が救急外来に搬送された\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("emergency").getBooleanValue()).isTrue();
        assertThat(reply.json().get("person").get("name").getStringValue()).isEqualTo("海辺 ハナ");
        assertThat(reply.json().get("medical").isNull()).as("an unapproved organisation's kind does not open medical notes").isTrue();
        assertThat(count("select count(*) from lookup_notices where region_id = 'umibe' and emergency")).isEqualTo(1);

        Api.Reply queue = awayAdmin.get("/api/v1/regions/oka/emergency-disclosures?pending=true");
        assertThat(queue.json().values()).singleElement().satisfies(d -> {
            assertThat(d.get("username").getStringValue()).isEqualTo("oka-clinic-doctor");
            assertThat(d.get("justification").getStringValue()).isEqualTo("意識のない方が救急外来に搬送された");
            assertThat(d.get("homeRegion").getStringValue()).isEqualTo(HOME);
        });
        long id = queue.json().get(0).get("id").getLongValue();
        Api.Reply stale = awayAdmin.post("/api/v1/regions/oka/emergency-disclosures/" + id + "/review",
                "{\"note\":\"病院に確認済み\",\"version\":7}");
        assertThat(stale.status()).isEqualTo(409);
        Api.Reply reviewed = awayAdmin.post("/api/v1/regions/oka/emergency-disclosures/" + id + "/review",
                "{\"note\":\"病院に確認済み。機関を承認予定\",\"version\":0}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().get("reviewedBy").getStringValue()).isEqualTo("oka-admin");
        assertThat(awayAdmin.get("/api/v1/regions/oka/emergency-disclosures?pending=true").json().values()).isEmpty();
        assertThat(home.admin().get("/api/v1/regions/umibe/emergency-disclosures?pending=true").json().values()).isEmpty();
    }

    @Test
    @Order(7)
    void aRevokedNumberOrAnEndedRegistrationShowsNoPersonalData() {
        long revokedOwner = LookupWorld.registrantWithConsent(home, "海辺 キヨ", List.of("hospital"));
        String old = home.issueKeychain(revokedOwner);
        Api.Reply revoke = home.staff().post(home.path("/registrants/" + revokedOwner + "/keychains/" + old + "/revoke"),
                "{\"reason\":\"lost\",\"reissue\":true}");
        assertThat(revoke.status()).as(revoke.toString()).isEqualTo(200);
        Api.Reply revoked = police.post(path(AWAY), lookUp(old, "protection"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("result").getStringValue()).isEqualTo("revoked");
        assertThat(revoked.json().get("person").isNull()).isTrue();
        assertThat(revoked.body()).doesNotContain("海辺");
        assertThat(count("select count(*) from lookup_notices where region_id = 'umibe' and registrant_id = " + revokedOwner
                + " and result = 'revoked'")).isEqualTo(1);

        long withdrawn = LookupWorld.registrantWithConsent(home, "海辺 フミ", List.of("hospital"));
        String withdrawnNumber = home.issueKeychain(withdrawn);
        Api.Reply status = home.staff().post(home.path("/registrants/" + withdrawn + "/status"),
                "{\"status\":\"withdrawn\",\"effectiveOn\":\"2026-01-01\",\"reason\":\"本人の申し出\",\"version\":0}");
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        Api.Reply ended = police.post(path(AWAY), lookUp(withdrawnNumber, "protection"));
        assertThat(ended.json().get("result").getStringValue()).isEqualTo("ended");
        assertThat(ended.json().get("person").isNull()).isTrue();
        assertThat(ended.json().get("connections").values()).isEmpty();
        assertThat(ended.body()).doesNotContain("海辺").doesNotContain("山田 一郎");
    }

    @Test
    @Order(8)
    void theCentreSeesItsNoticesWithAnUnreadCountAndTheRegistrantsPageListsTheLookup() {
        JsonNode inbox = home.staff().get(home.path("/lookup-notices")).json();
        int unread = inbox.get("unread").getIntValue();
        assertThat(unread).isGreaterThanOrEqualTo(4);
        JsonNode first = inbox.get("notices").get(0);
        Api.Reply read = home.staff().post(home.path("/lookup-notices/" + first.get("id").getLongValue() + "/read"), "{}");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(home.staff().get(home.path("/lookup-notices")).json().get("unread").getIntValue()).isEqualTo(unread - 1);
        assertThat(home.otherStaff().get(home.path("/lookup-notices")).json().get("notices").values()).isEmpty();
        assertThat(home.otherStaff().post(home.path("/lookup-notices/" + first.get("id").getLongValue() + "/read"), "{}")
                .status()).isEqualTo(404);

        Api.Reply log = home.staff().get(home.path("/registrants/" + registrant + "/access-log"));
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.body()).contains("\"action\":\"lookup\"").contains("oka-er-nurse");
    }

    @Test
    @Order(9)
    void aResponderIsStoppedAfterTenLookupsAMinuteAndAnOrganisationAfterItsLimit() {
        long organisation = LookupWorld.organisation(awayAdmin, AWAY, "おか消防署", "fire", true);
        Api first = LookupWorld.responder(api(), awayAdmin, AWAY, "oka-fire-1", organisation);
        Api second = LookupWorld.responder(api(), awayAdmin, AWAY, "oka-fire-2", organisation);
        for (int i = 0; i < 10; i++) {
            assertThat(first.post(path(AWAY), lookUp(number, "transport")).status()).isEqualTo(200);
        }
        Api.Reply limited = first.post(path(AWAY), lookUp(number, "transport"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.isProblem()).isTrue();
        assertThat(limited.body()).contains("1分間に照会できる回数を超えました");
        for (int i = 0; i < 5; i++) {
            assertThat(second.post(path(AWAY), lookUp(number, "transport")).status()).isEqualTo(200);
        }
        assertThat(second.post(path(AWAY), lookUp(number, "transport")).status()).as("the organisation's 15 a minute").isEqualTo(429);
    }

    @Test
    @Order(10)
    void aMailServerThatIsDownDoesNotStopTheLookupAndTheFailureIsRecorded() {
        mail.close();
        Api.Reply reply = police.post(path(AWAY), lookUp(hospitalOnlyNumber, "wandering"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        await(() -> "failed".equals(LookupWorld.text("select mail_status from lookup_notices where region_id = 'umibe'"
                + " and registrant_id = " + policeOnlyHospitalRegistrant + " order by id desc limit 1")));
    }

    @Test
    @Order(11)
    void onlyRespondersLookUpAndOnlyTheAdminKeepsOrganisations() {
        assertThat(home.staff().post(path(HOME), lookUp(number, "transport")).status()).isEqualTo(403);
        assertThat(home.admin().post(path(HOME), lookUp(number, "transport")).status()).isEqualTo(403);
        assertThat(hospital.get("/api/v1/regions/oka/responder-organisations").status()).isEqualTo(403);
        assertThat(hospital.get("/api/v1/regions/oka/responder-profile").json().get("approved").getBooleanValue()).isTrue();
        assertThat(unapproved.get("/api/v1/regions/oka/responder-profile").json().get("approved").getBooleanValue()).isFalse();
        Api.Reply duplicate = awayAdmin.post("/api/v1/regions/oka/responder-organisations",
                "{\"name\":\"おか中央病院\",\"kind\":\"hospital\",\"phone\":\"03-3775-3111\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        Api.Reply badKind = awayAdmin.post("/api/v1/regions/oka/responder-organisations",
                "{\"name\":\"謎の機関\",\"kind\":\"army\",\"phone\":\"03-3775-3111\"}");
        assertThat(badKind.status()).isEqualTo(400);
    }

    static String path(String region) {
        return "/api/v1/regions/" + region + "/lookups";
    }

    static String display(String number) {
        return NoticeMailer.display(number);
    }

    /** The same number with another check digit: one digit wrong, so the Damm check refuses it. */
    static String wrongCheckDigit(String number) {
        char last = number.charAt(number.length() - 1);
        return number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    /** A well-formed number of the same prefix that nobody holds. */
    static String unknownNumberOf(String number) {
        String prefix = number.substring(0, number.length() - 9);
        for (int i = 0; ; i++) {
            String digits = String.format("%08d", 99_000_000 + i);
            for (int check = 0; check < 10; check++) {
                String candidate = prefix + digits + check;
                if (jp.mimamo.noren.keychains.RegistrationNumber.isValid(candidate)
                        && count("select count(*) from keychains where number = '" + candidate + "'") == 0) {
                    return candidate;
                }
            }
        }
    }

    private MimeMessage awaitMail(int count) {
        await(() -> mail.received().size() >= count);
        return mail.received().get(count - 1);
    }

    static void await(BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
