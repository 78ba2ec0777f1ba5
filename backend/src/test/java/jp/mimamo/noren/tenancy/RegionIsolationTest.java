package jp.mimamo.noren.tenancy;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every region-scoped endpoint, tried by Kishiwada's admin against Yamato: through Yamato's path (403) and
 * with a Yamato record id through Kishiwada's own path (404). Nothing may change. The guard test fails
 * when an endpoint under /api/v1/regions is added without a case here.
 */
@MicronautTest
class RegionIsolationTest extends ApiTestBase {
    private static final String VALID_SPONSOR = SponsorFixtures.aHospital().with("name", "岸和田からの書き込み").with("version", 0).json();
    private static final String VALID_CENTRE = "{\"name\":\"岸和田からのセンター\",\"phone\":\"072-422-1111\"}";
    private static final String VALID_REGISTRANT = RegistrantFixtures.aResident().with("name", "岸和田からの登録").json();
    private static final String SECRET_REGISTRANT = "大和の秘密の登録者";

    /** Method and route template → the body a caller would send. */
    static final Map<String, String> CASES = new LinkedHashMap<>();
    private static final String SESSION = "{\"startsAt\":\"" + java.time.LocalDate.now().plusDays(20) + "T10:00\",\"endsAt\":\""
            + java.time.LocalDate.now().plusDays(20) + "T12:00\"}";
    private static final String SEMINAR = "{\"kind\":\"single\",\"title\":\"岸和田からの講座\",\"capacity\":5,\"sessions\":[" + SESSION + "]}";
    static final int YEAR = jp.mimamo.noren.shared.FiscalYear.of(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))).startYear();

    static {
        CASES.put("GET /api/v1/regions/{region}/sponsors", null);
        CASES.put("GET /api/v1/regions/{region}/statistics/comparison", null);
        CASES.put("GET /api/v1/regions/{region}/statistics/population", null);
        CASES.put("PUT /api/v1/regions/{region}/statistics/population", "{\"agedSixtyFivePlus\":999}");
        CASES.put("GET /api/v1/regions/{region}/sponsors/counts", null);
        CASES.put("GET /api/v1/regions/{region}/sponsors/{id}", null);
        CASES.put("GET /api/v1/regions/{region}/sponsors/{id}/history", null);
        CASES.put("POST /api/v1/regions/{region}/sponsors", VALID_SPONSOR);
        CASES.put("PUT /api/v1/regions/{region}/sponsors/{id}", VALID_SPONSOR);
        CASES.put("POST /api/v1/regions/{region}/sponsors/{id}/archive", "{\"version\":0}");
        CASES.put("POST /api/v1/regions/{region}/sponsors/{id}/restore", "{\"version\":0}");
        CASES.put("GET /api/v1/regions/{region}/sponsor-categories", null);
        CASES.put("GET /api/v1/regions/{region}/sponsor-categories/overrides", null);
        CASES.put("PUT /api/v1/regions/{region}/sponsor-categories/{code}/override", "{\"hidden\":false,\"nameJa\":\"越境\",\"version\":0}");
        CASES.put("DELETE /api/v1/regions/{region}/sponsor-categories/{code}/override", null);
        CASES.put("GET /api/v1/regions/{region}/consent-form", null);
        CASES.put("GET /api/v1/regions/{region}/consent-form/pdf", null);
        CASES.put("GET /api/v1/regions/{region}/seminar-formats", null);
        CASES.put("GET /api/v1/regions/{region}/users", null);
        CASES.put("POST /api/v1/regions/{region}/users", "{\"email\":\"x@example.jp\",\"lastName\":\"岸\",\"firstName\":\"和田\",\"role\":\"region-admin\"}");
        CASES.put("PUT /api/v1/regions/{region}/users/{userId}/roles", "{\"roles\":[\"region-admin\"]}");
        CASES.put("POST /api/v1/regions/{region}/users/{userId}/disable", null);
        CASES.put("POST /api/v1/regions/{region}/users/{userId}/enable", null);
        CASES.put("GET /api/v1/regions/{region}/sponsors/{sponsorId}/sponsorships", null);
        CASES.put("PUT /api/v1/regions/{region}/sponsors/{sponsorId}/sponsorships/{year}", "{\"status\":\"declined\",\"units\":9,\"version\":0,\"reason\":\"x\"}");
        CASES.put("POST /api/v1/regions/{region}/sponsors/{sponsorId}/sponsorships/{year}/payment",
                "{\"paidOn\":\"2026-05-01\",\"method\":\"cash\",\"amount\":1,\"version\":0}");
        CASES.put("GET /api/v1/regions/{region}/sponsors/{sponsorId}/sponsorships/{year}/history", null);
        CASES.put("POST /api/v1/regions/{region}/renewals/{year}/open", null);
        CASES.put("GET /api/v1/regions/{region}/renewals/{year}", null);
        CASES.put("GET /api/v1/regions/{region}/renewals/{year}/outstanding", null);
        CASES.put("POST /api/v1/regions/{region}/renewals/{year}/sends", "{\"step\":\"request\"}");
        CASES.put("GET /api/v1/regions/{region}/renewals/{year}/sends", null);
        CASES.put("GET /api/v1/regions/{region}/renewals/{year}/letters.pdf", null);
        CASES.put("GET /api/v1/regions/{region}/renewal-settings", null);
        CASES.put("PUT /api/v1/regions/{region}/renewal-settings", "{\"unitFee\":1,\"proration\":\"monthly\",\"version\":0}");
        CASES.put("GET /api/v1/regions/{region}/sponsors/{sponsorId}/sponsorships/{year}/activity-report.pdf", null);
        CASES.put("GET /api/v1/regions/{region}/renewals/{year}/activity-reports.pdf", null);
        CASES.put("GET /api/v1/regions/{region}/sponsors/{sponsorId}/billing", null);
        CASES.put("POST /api/v1/regions/{region}/sponsors/{sponsorId}/sponsorships/{year}/invoice", null);
        CASES.put("GET /api/v1/regions/{region}/sponsors/{sponsorId}/sponsorships/{year}/invoice.pdf", null);
        CASES.put("POST /api/v1/regions/{region}/sponsors/{sponsorId}/sponsorships/{year}/receipt", null);
        CASES.put("POST /api/v1/regions/{region}/sponsors/{sponsorId}/sponsorships/{year}/receipt/print", null);
        CASES.put("GET /api/v1/regions/{region}/seal", null);
        CASES.put("GET /api/v1/regions/{region}/seal/image", null);
        CASES.put("POST /api/v1/regions/{region}/seal", null);
        CASES.put("DELETE /api/v1/regions/{region}/seal", null);
        CASES.put("GET /api/v1/regions/{region}/roster/export", null);
        CASES.put("POST /api/v1/regions/{region}/roster/import/preview", "{}");
        CASES.put("POST /api/v1/regions/{region}/roster/import/{importId}/apply", null);
        CASES.put("POST /api/v1/regions/{region}/roster/import/{importId}/undo", null);
        CASES.put("GET /api/v1/regions/{region}/document-templates", null);
        CASES.put("GET /api/v1/regions/{region}/document-templates/{key}", null);
        CASES.put("PUT /api/v1/regions/{region}/document-templates/{key}/override",
                "{\"subject\":\"{regionName}\",\"body\":\"岸和田からの書き込み\",\"revision\":1}");
        CASES.put("POST /api/v1/regions/{region}/document-templates/{key}/override/rebase", "{\"revision\":1}");
        CASES.put("POST /api/v1/regions/{region}/document-templates/{key}/override/revert", "{\"revision\":1}");
        CASES.put("POST /api/v1/regions/{region}/document-templates/{key}/preview", "{\"subject\":\"x\",\"body\":\"{sponsorName}\"}");
        CASES.put("GET /api/v1/regions/{region}/centres", null);
        CASES.put("POST /api/v1/regions/{region}/centres", VALID_CENTRE);
        CASES.put("GET /api/v1/regions/{region}/centres/{id}", null);
        CASES.put("PUT /api/v1/regions/{region}/centres/{id}", VALID_CENTRE.replace("}", ",\"version\":0}"));
        CASES.put("DELETE /api/v1/regions/{region}/centres/{id}", null);
        CASES.put("GET /api/v1/regions/{region}/centres/{id}/staff", null);
        CASES.put("PUT /api/v1/regions/{region}/centres/{id}/staff/{username}", null);
        CASES.put("DELETE /api/v1/regions/{region}/centres/{id}/staff/{username}", null);
        CASES.put("GET /api/v1/regions/{region}/registrants", null);
        CASES.put("POST /api/v1/regions/{region}/registrants", VALID_REGISTRANT);
        CASES.put("GET /api/v1/regions/{region}/registrants/{id}", null);
        CASES.put("PUT /api/v1/regions/{region}/registrants/{id}", RegistrantFixtures.aResident().with("name", "岸和田からの書き換え")
                .with("version", 0).json());
        CASES.put("POST /api/v1/regions/{region}/registrants/{id}/status",
                "{\"status\":\"withdrawn\",\"effectiveOn\":\"2026-01-01\",\"reason\":\"越境\",\"version\":0}");
        CASES.put("GET /api/v1/regions/{region}/registrants/{id}/access-log", null);
        CASES.put("GET /api/v1/regions/{region}/registrants/{id}/photo", null);
        CASES.put("PUT /api/v1/regions/{region}/registrants/{id}/photo", null);
        CASES.put("DELETE /api/v1/regions/{region}/registrants/{id}/photo", null);
        CASES.put("GET /api/v1/regions/{region}/registry/export", null);
        CASES.put("POST /api/v1/regions/{region}/registry/import/preview", "{}");
        CASES.put("POST /api/v1/regions/{region}/registry/import/{importId}/apply", null);
        CASES.put("GET /api/v1/regions/{region}/registry/import/{importId}", null);
        CASES.put("POST /api/v1/regions/{region}/registry/import/{importId}/undo", null);
        CASES.put("GET /api/v1/regions/{region}/registry-settings", null);
        CASES.put("PUT /api/v1/regions/{region}/registry-settings", "{\"withdrawalRetentionDays\":0,\"version\":0}");
        CASES.put("POST /api/v1/regions/{region}/registrants/{registrantId}/keychains", null);
        CASES.put("POST /api/v1/regions/{region}/registrants/{registrantId}/keychains/{number}/revoke",
                "{\"reason\":\"lost\",\"reissue\":true}");
        CASES.put("GET /api/v1/regions/{region}/keychains/{number}", null);
        CASES.put("GET /api/v1/regions/{region}/keychain-cards.pdf", null);
        CASES.put("GET /api/v1/regions/{region}/access-log/export", null);
        CASES.put("GET /api/v1/regions/{region}/updates/worklist", null);
        CASES.put("GET /api/v1/regions/{region}/updates/postcards.pdf", null);
        CASES.put("POST /api/v1/regions/{region}/updates/contacts",
                "{\"registrantId\":%REGISTRANT%,\"registrantVersion\":0,\"method\":\"phone\",\"outcome\":\"no-change\"}");
        CASES.put("GET /api/v1/regions/{region}/updates/registrants/{id}/contacts", null);
        CASES.put("GET /api/v1/regions/{region}/updates/progress", null);
        CASES.put("GET /api/v1/regions/{region}/seminar-venues", null);
        CASES.put("POST /api/v1/regions/{region}/seminar-venues", "{\"name\":\"岸和田の会館\"}");
        CASES.put("PUT /api/v1/regions/{region}/seminar-venues/{venueId}", "{\"name\":\"乗っ取り\",\"version\":0}");
        CASES.put("GET /api/v1/regions/{region}/seminars", null);
        CASES.put("GET /api/v1/regions/{region}/seminar-calendar", null);
        CASES.put("POST /api/v1/regions/{region}/seminars", SEMINAR);
        CASES.put("GET /api/v1/regions/{region}/seminars/{seminarId}", null);
        CASES.put("PUT /api/v1/regions/{region}/seminars/{seminarId}", SEMINAR.replace("{", "{\"version\":0,"));
        CASES.put("POST /api/v1/regions/{region}/seminars/{seminarId}/sessions", SESSION);
        CASES.put("PUT /api/v1/regions/{region}/seminar-sessions/{sessionId}", SESSION.replace("{", "{\"version\":0,"));
        CASES.put("POST /api/v1/regions/{region}/seminar-sessions/{sessionId}/cancel", null);
        CASES.put("GET /api/v1/regions/{region}/seminars/{seminarId}/participation", null);
        CASES.put("GET /api/v1/regions/{region}/seminar-statistics/years/{year}", null);
        CASES.put("GET /api/v1/regions/{region}/seminar-statistics/lapsed", null);
        CASES.put("GET /api/v1/regions/{region}/sponsors/{sponsorId}/seminar-activity", null);
        CASES.put("GET /api/v1/regions/{region}/seminar-participants", null);
        CASES.put("POST /api/v1/regions/{region}/seminars/{seminarId}/registrations",
                "{\"participant\":{\"name\":\"岸 和子\",\"nameKana\":\"キシ カズコ\",\"phone\":\"072-000-0000\"},\"channel\":\"phone\"}");
        CASES.put("GET /api/v1/regions/{region}/seminar-sessions/{sessionId}/registrations", null);
        CASES.put("POST /api/v1/regions/{region}/seminar-registrations/{registrationId}/cancel", null);
        CASES.put("POST /api/v1/regions/{region}/seminar-registrations/{registrationId}/attendance", "{\"attended\":true}");
        CASES.put("POST /api/v1/regions/{region}/seminar-sessions/{sessionId}/check-ins", "{\"code\":\"%CODE%\"}");
        CASES.put("POST /api/v1/regions/{region}/seminar-sessions/{sessionId}/walk-ins",
                "{\"participant\":{\"name\":\"岸 和子\",\"nameKana\":\"キシ カズコ\",\"phone\":\"072-000-0000\"}}");
        CASES.put("GET /api/v1/regions/{region}/seminar-sessions/{sessionId}/door-list.pdf", null);
        CASES.put("GET /api/v1/regions/{region}/seminar-registrations/{registrationId}/ticket.pdf", null);
        CASES.put("GET /api/v1/regions/{region}/roster/import/{importId}", null);
        CASES.put("GET /api/v1/regions/{region}/roster/mapping", null);
        CASES.put("GET /api/v1/regions/{region}/responder-organisations", null);
        CASES.put("POST /api/v1/regions/{region}/responder-organisations",
                "{\"name\":\"岸和田からの病院\",\"kind\":\"hospital\",\"phone\":\"072-422-1111\",\"approved\":true}");
        CASES.put("PUT /api/v1/regions/{region}/responder-organisations/{organisationId}",
                "{\"name\":\"乗っ取り\",\"kind\":\"hospital\",\"phone\":\"072-422-1111\",\"approved\":true,\"version\":0}");
        CASES.put("DELETE /api/v1/regions/{region}/responder-organisations/{organisationId}", null);
        CASES.put("GET /api/v1/regions/{region}/responder-organisations/{organisationId}/members", null);
        CASES.put("PUT /api/v1/regions/{region}/responder-organisations/{organisationId}/members/{username}", null);
        CASES.put("DELETE /api/v1/regions/{region}/responder-organisations/{organisationId}/members/{username}", null);
        CASES.put("POST /api/v1/regions/{region}/lookups", "{\"number\":\"%NUMBER%\",\"reason\":\"transport\"}");
        CASES.put("GET /api/v1/regions/{region}/responder-profile", null);
        CASES.put("GET /api/v1/regions/{region}/lookup-notices", null);
        CASES.put("POST /api/v1/regions/{region}/lookup-notices/{noticeId}/read", null);
        CASES.put("GET /api/v1/regions/{region}/emergency-disclosures", null);
        CASES.put("POST /api/v1/regions/{region}/emergency-disclosures/{disclosureId}/review", "{\"note\":\"岸和田から\",\"version\":0}");
        CASES.put("PUT /api/v1/regions/{region}/roster/mapping", "{\"entries\":[{\"header\":\"事業所名\",\"field\":\"name\"}],\"version\":0}");
        CASES.put("GET /api/v1/regions/{region}/launch-checklist", null);
        CASES.put("PUT /api/v1/regions/{region}/launch-checklist/partners/{partnerId}", "{\"done\":true,\"version\":0}");
        CASES.put("PUT /api/v1/regions/{region}/launch-checklist/consent-form", "{\"done\":true}");
    }

    @Inject
    Router router;

    private long yamatoSponsor;
    private RegistryWorld yamatoRegistry;
    private long yamatoRegistrant;
    private String yamatoNumber;
    private final Map<String, String> yamatoIds = new java.util.HashMap<>();

    @BeforeAll
    void yamatoHasASponsor() {
        regions.ensure(new Region("yamato", "大和", "Yamato"));
        regions.ensure(new Region("kishiwada", "岸和田", "Kishiwada"));
        Api.Reply created = yamato().post("/api/v1/regions/yamato/sponsors",
                SponsorFixtures.aHospital().with("name", "大和の秘密の病院").json());
        yamatoSponsor = created.json().get("id").getLongValue();
        yamato().put("/api/v1/regions/yamato/renewal-settings", "{\"unitFee\":20000,\"proration\":\"none\"}");
        yamato().post("/api/v1/regions/yamato/renewals/" + YEAR + "/open", "{}");
        String year = "/api/v1/regions/yamato/sponsors/" + yamatoSponsor + "/sponsorships/" + YEAR;
        yamato().put(year, "{\"status\":\"renewed\",\"units\":1,\"version\":0}");
        yamato().post(year + "/payment", "{\"paidOn\":\"" + YEAR + "-05-01\",\"method\":\"cash\",\"amount\":20000,\"version\":1}");
        assertThat(yamato().post(year + "/invoice", "{}").status()).isEqualTo(201);
        assertThat(yamato().post(year + "/receipt", "{}").status()).isEqualTo(201);
        assertThat(yamato().bytes("POST", "/api/v1/regions/yamato/seal", jp.mimamo.noren.support.TestImages.sealPng(), "image/png")
                .status()).isEqualTo(200);
        if (yamato().get("/api/v1/regions/yamato/document-templates/renewal-request").json().get("revision").getIntValue() == 0) {
            yamato().put("/api/v1/regions/yamato/document-templates/renewal-request/override",
                    "{\"subject\":\"{regionName}\",\"body\":\"大和の秘密の病院あての文面 {sponsorName}\",\"revision\":0}");
        }
        yamatoRegistry = RegistryWorld.in(api(), "yamato");
        yamatoRegistrant = yamatoRegistry.register(RegistrantFixtures.aResident().with("name", SECRET_REGISTRANT));
        yamatoNumber = yamatoRegistry.issueKeychain(yamatoRegistrant);
        yamatoIds.put("%REGISTRANT%", String.valueOf(yamatoRegistrant));
        assertThat(yamatoRegistry.staff().bytes("PUT", "/api/v1/regions/yamato/registrants/" + yamatoRegistrant + "/photo",
                jp.mimamo.noren.support.TestImages.sealJpeg(), "image/jpeg").status()).isEqualTo(200);
        yamato().put("/api/v1/regions/yamato/roster/mapping", "{\"entries\":[{\"header\":\"会社名\",\"field\":\"name\"}]}");
        yamatoHasASeminarWithARegistration();
        assertThat(yamato().put("/api/v1/regions/yamato/sponsor-categories/pharmacy/override", "{\"nameJa\":\"大和の薬局\"}").status())
                .isIn(200, 409);
        yamatoIds.put("{code}", "pharmacy");
        yamatoHasALaunchPartner();
        yamatoHasResponderOrganisationsAndALookup();
    }

    /** A fire department with a member whose look-up left a notice, and a break-glass look-up awaiting review. */
    private void yamatoHasResponderOrganisationsAndALookup() {
        String base = "/api/v1/regions/yamato/responder-organisations";
        long fire = yamato().post(base, "{\"name\":\"大和の秘密の消防\",\"kind\":\"fire\",\"phone\":\"046-261-0119\",\"approved\":true}")
                .json().get("id").getLongValue();
        yamato().put(base + "/" + fire + "/members/yamato-firefighter", "{}");
        Api responder = api().as(jp.mimamo.noren.support.TestTokens.token("yamato-isolation-responder", List.of("responder"),
                List.of("yamato")));
        assertThat(responder.post("/api/v1/regions/yamato/lookups", "{\"number\":\"" + yamatoNumber
                + "\",\"reason\":\"transport\",\"emergencyReason\":\"救急搬送の本人確認\"}").status()).isEqualTo(200);
        yamatoIds.put("{organisationId}", String.valueOf(fire));
        yamatoIds.put("{noticeId}", String.valueOf(yamatoRegistry.staff().get("/api/v1/regions/yamato/lookup-notices").json()
                .get("notices").get(0).get("id").getLongValue()));
        yamatoIds.put("{disclosureId}", String.valueOf(yamato().get("/api/v1/regions/yamato/emergency-disclosures").json()
                .get(0).get("id").getLongValue()));
        yamatoIds.put("%NUMBER%", yamatoNumber);
    }

    private void yamatoHasALaunchPartner() {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("insert into launch_partners (region_id, name, role) values ('yamato', '大和の秘密の病院', 'medical')"
                     + " returning id")) {
            rs.next();
            yamatoIds.put("{partnerId}", String.valueOf(rs.getLong(1)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void yamatoHasASeminarWithARegistration() {
        String base = "/api/v1/regions/yamato";
        long venue = yamato().post(base + "/seminar-venues", "{\"name\":\"大和の会館\"}").json().get("id").getLongValue();
        var seminar = yamato().post(base + "/seminars", SEMINAR.replace("{\"kind\"", "{\"venueId\":" + venue + ",\"kind\"")
                .replace("岸和田からの講座", "大和の秘密の講座")).json();
        var registration = yamato().post(base + "/seminars/" + seminar.get("id").getLongValue() + "/registrations",
                "{\"participant\":{\"name\":\"大和 花子\",\"nameKana\":\"ヤマト ハナコ\",\"phone\":\"046-000-0000\"}}").json().get(0);
        yamatoIds.put("{venueId}", String.valueOf(venue));
        yamatoIds.put("{seminarId}", String.valueOf(seminar.get("id").getLongValue()));
        yamatoIds.put("{sessionId}", String.valueOf(registration.get("sessionId").getLongValue()));
        yamatoIds.put("{registrationId}", String.valueOf(registration.get("id").getLongValue()));
        yamatoIds.put("%CODE%", registration.get("checkInCode").getStringValue());
    }

    @Test
    void everyRegionScopedEndpointHasAnIsolationCase() {
        Set<String> routes = router.uriRoutes()
                .map(UriRouteInfo.class::cast)
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/v1/regions/"))
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes).isNotEmpty();
        assertThat(CASES.keySet()).as("isolation cases").containsAll(routes);
    }

    static List<String> cases() {
        return List.copyOf(CASES.keySet());
    }

    /** The routes that address one record, where a guessed id from another region must be 404. */
    static List<String> casesWithARecordId() {
        return CASES.keySet().stream().filter(route -> route.contains("{id}") || route.contains("{sponsorId}")
                || route.contains("{registrantId}") || route.contains("{number}")
                || route.contains("{venueId}") || route.contains("{seminarId}") || route.contains("{sessionId}")
                || route.contains("{registrationId}") || route.contains("{partnerId}") || route.contains("{organisationId}") || route.contains("{noticeId}")
                || route.contains("{disclosureId}")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anotherRegionsAdminIsRefusedThroughThatRegionsPath(String route) throws SQLException {
        String before = yamatoSnapshot();
        assertThat(before).as("a snapshot with every table present").isNotNull();
        Api.Reply reply = call(route, "yamato", intruder());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).doesNotContain("大和の秘密の病院").doesNotContain(SECRET_REGISTRANT);
        assertThat(yamatoSnapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithARecordId")
    void anotherRegionsRecordIsNotFoundThroughTheCallersOwnPath(String route) throws SQLException {
        String before = yamatoSnapshot();
        Api.Reply reply = call(route, "kishiwada", intruder());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("大和の秘密の病院").doesNotContain(SECRET_REGISTRANT);
        assertThat(yamatoSnapshot()).isEqualTo(before);
    }

    @Test
    void headOfficeCannotReadARegionsSponsors() {
        Api hq = api().as(jp.mimamo.noren.support.TestTokens.headOffice());
        assertThat(hq.get("/api/v1/regions/yamato/sponsors").status()).isEqualTo(403);
        assertThat(hq.get("/api/v1/regions/yamato/sponsors/" + yamatoSponsor).status()).isEqualTo(403);
        assertThat(hq.get("/api/v1/regions/yamato/registrants/" + yamatoRegistrant).status()).isEqualTo(403);
        assertThat(hq.get("/api/v1/regions/yamato/keychains/" + yamatoNumber).status()).isEqualTo(403);
    }

    /** Kishiwada's staff with every role a region can give, so that only the region stands in the way. */
    private Api intruder() {
        return api().as(jp.mimamo.noren.support.TestTokens.token("kishiwada-admin",
                List.of("region-admin", "centre-staff", "responder", "sponsor-contact"), List.of("kishiwada")));
    }

    private Api.Reply call(String route, String region, Api as) {
        String[] parts = route.split(" ", 2);
        long id = parts[1].contains("/centres/") ? yamatoRegistry.centre()
                : parts[1].contains("/registrants/") ? yamatoRegistrant : yamatoSponsor;
        String path = parts[1].replace("{region}", region).replace("{id}", String.valueOf(id))
                .replace("{registrantId}", String.valueOf(yamatoRegistrant)).replace("{number}", yamatoNumber)
                .replace("{username}", RegistryWorld.staffName("yamato"))
                .replace("{sponsorId}", String.valueOf(yamatoSponsor)).replace("{year}", String.valueOf(YEAR))
                .replace("{userId}", "00000000-0000-0000-0000-000000000000")
                .replace("{importId}", "00000000-0000-0000-0000-000000000000").replace("{key}", "renewal-request");
        String body = CASES.get(route);
        for (Map.Entry<String, String> known : yamatoIds.entrySet()) {
            path = path.replace(known.getKey(), known.getValue());
            body = body == null ? null : body.replace(known.getKey(), known.getValue());
        }
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        if (method == HttpMethod.PUT && path.endsWith("/photo")) {
            Api.Bytes reply = as.bytes("PUT", path, jp.mimamo.noren.support.TestImages.sealJpeg(), "image/jpeg");
            return new Api.Reply(reply.status(), reply.contentType(), new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8),
                    reply.mapper());
        }
        return as.send(method.name(), path, body == null && method != HttpMethod.GET ? "{}" : body, "application/json");
    }

    /** Yamato's roster and history as the database owner sees them, bypassing the application. */
    private static String yamatoSnapshot() throws SQLException {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select (select string_agg(id || ':' || name || ':' || version, ',' order by id)"
                     + " from sponsors where region_id = 'yamato') || '|' || (select count(*) from sponsor_history where region_id = 'yamato')"
                     + " || '|' || (select string_agg(sponsor_id || ':' || fiscal_year || ':' || status || ':' || version, ',')"
                     + " from sponsorships where region_id = 'yamato') || '|' || (select count(*) from sponsorship_history where region_id = 'yamato')"
                     + " || '|' || (select string_agg(unit_fee || ':' || version, ',') from renewal_settings where region_id = 'yamato')"
                     + " || '|' || (select count(*) from renewal_sends where region_id = 'yamato')"
                     + " || '|' || (select coalesce(string_agg(number || ':' || prints, ','), '') from receipts where region_id = 'yamato')"
                     + " || '|' || (select coalesce(string_agg(number, ','), '') from invoices where region_id = 'yamato')"
                     + " || '|' || (select coalesce(string_agg(id || ':' || (removed_at is null), ','), '') from region_seals where region_id = 'yamato')"
                     + " || '|' || (select coalesce(string_agg(kind || ':' || last_number, ','), '') from billing_counters where region_id = 'yamato')"
                     + " || '|' || (select count(*) from region_template_revisions where region_id = 'yamato')"
                     + " || '|' || (select string_agg(id || ':' || name || ':' || version, ',' order by id) from centres where region_id = 'yamato')"
                     + " || '|' || (select string_agg(username || ':' || centre_id, ',' order by username) from centre_members where region_id = 'yamato')"
                     + " || '|' || (select string_agg(id || ':' || name || ':' || status || ':' || version, ',' order by id)"
                     + " from registrants where region_id = 'yamato')"
                     + " || '|' || (select count(*) from registrant_connections where region_id = 'yamato')"
                     + " || '|' || (select count(*) from registrant_status_changes where region_id = 'yamato')"
                     + " || '|' || coalesce((select withdrawal_retention_days || ':' || version from registry_settings where region_id = 'yamato'), '-')"
                     + " || '|' || coalesce((select aged_65_plus || ':' || version from region_statistics_settings where region_id = 'yamato'), '-')"
                     + " || '|' || (select string_agg(number || ':' || coalesce(revoke_reason, 'in force'), ',' order by number)"
                     + " from keychains where region_id = 'yamato')"
                     + " || '|' || (select count(*) from access_log where region_id = 'yamato')"
                     + " || '|' || (select count(*) from birth_month_cycles where region_id = 'yamato')"
                     + " || '|' || (select count(*) from update_contacts where region_id = 'yamato')"
                     + " || '|' || (select string_agg(id || ':' || version, ',' order by id) from seminar_venues where region_id = 'yamato')"
                     + " || '|' || (select string_agg(id || ':' || version || ':' || capacity, ',' order by id) from seminars where region_id = 'yamato')"
                     + " || '|' || (select string_agg(id || ':' || version || ':' || starts_at, ',' order by id) from seminar_sessions where region_id = 'yamato')"
                     + " || '|' || (select count(*) from seminar_organisers where region_id = 'yamato')"
                     + " || '|' || (select count(*) from seminar_participants where region_id = 'yamato')"
                     + " || '|' || (select string_agg(id || ':' || status || ':' || version || ':' || coalesce(attended_at::text, '-'), ','"
                     + " order by id) from seminar_registrations where region_id = 'yamato')"
                     + " || '|' || coalesce((select string_agg(entries::text || ':' || version, ',') from roster_column_mappings where region_id = 'yamato'), '')"
                     + " || '|' || coalesce((select string_agg(id || ':' || status, ',') from roster_imports where region_id = 'yamato'), '')"
                     + " || '|' || coalesce((select string_agg(id || ':' || version || ':' || coalesce(agreement_signed_at::text, '-'), ',' order by id)"
                     + " from launch_partners where region_id = 'yamato'), '')"
                     + " || '|' || coalesce((select coalesce(consent_form_reviewed_at::text, '-') || ':' || version from launch_checklist"
                     + " where region_id = 'yamato'), '')"
                     + " || '|' || coalesce((select string_agg(category_code || ':' || hidden || ':' || coalesce(label_ja, '-') || ':' || version, ',')"
                     + " from region_sponsor_categories where region_id = 'yamato'), '')"
                     + " || '|' || coalesce((select string_agg(id || ':' || name || ':' || approved || ':' || version, ',' order by id)"
                     + " from responder_organisations where region_id = 'yamato'), '')"
                     + " || '|' || coalesce((select string_agg(username || ':' || organisation_id, ',' order by username)"
                     + " from responder_members where region_id = 'yamato'), '')"
                     + " || '|' || (select count(*) || ':' || count(read_at) from lookup_notices where region_id = 'yamato')"
                     + " || '|' || (select count(*) || ':' || count(reviewed_at) from emergency_disclosures where region_id = 'yamato')"
                     + " || '|' || coalesce((select string_agg(registrant_id || ':' || updated_at, ',') from registrant_photos where region_id = 'yamato'), '')"
                     + " || '|' || coalesce((select string_agg(id || ':' || status, ',') from registry_imports where region_id = 'yamato'), '')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
