package jp.mimamo.noren.tenancy;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
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

    /** Method and route template → the body a caller would send. */
    static final Map<String, String> CASES = new LinkedHashMap<>();
    static final int YEAR = jp.mimamo.noren.shared.FiscalYear.of(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))).startYear();

    static {
        CASES.put("GET /api/v1/regions/{region}/sponsors", null);
        CASES.put("GET /api/v1/regions/{region}/sponsors/counts", null);
        CASES.put("GET /api/v1/regions/{region}/sponsors/{id}", null);
        CASES.put("GET /api/v1/regions/{region}/sponsors/{id}/history", null);
        CASES.put("POST /api/v1/regions/{region}/sponsors", VALID_SPONSOR);
        CASES.put("PUT /api/v1/regions/{region}/sponsors/{id}", VALID_SPONSOR);
        CASES.put("POST /api/v1/regions/{region}/sponsors/{id}/archive", "{\"version\":0}");
        CASES.put("POST /api/v1/regions/{region}/sponsors/{id}/restore", "{\"version\":0}");
        CASES.put("GET /api/v1/regions/{region}/sponsor-categories", null);
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
        CASES.put("GET /api/v1/regions/{region}/roster/export", null);
        CASES.put("POST /api/v1/regions/{region}/roster/import/preview", "{}");
        CASES.put("POST /api/v1/regions/{region}/roster/import/{importId}/apply", null);
        CASES.put("POST /api/v1/regions/{region}/roster/import/{importId}/undo", null);
        CASES.put("GET /api/v1/regions/{region}/roster/import/{importId}", null);
        CASES.put("GET /api/v1/regions/{region}/roster/mapping", null);
        CASES.put("PUT /api/v1/regions/{region}/roster/mapping", "{\"entries\":[{\"header\":\"事業所名\",\"field\":\"name\"}],\"version\":0}");
    }

    @Inject
    Router router;

    private long yamatoSponsor;

    @BeforeAll
    void yamatoHasASponsor() {
        regions.ensure(new Region("yamato", "大和", "Yamato"));
        regions.ensure(new Region("kishiwada", "岸和田", "Kishiwada"));
        Api.Reply created = yamato().post("/api/v1/regions/yamato/sponsors",
                SponsorFixtures.aHospital().with("name", "大和の秘密の病院").json());
        yamatoSponsor = created.json().get("id").getLongValue();
        yamato().put("/api/v1/regions/yamato/renewal-settings", "{\"unitFee\":20000,\"proration\":\"none\"}");
        yamato().post("/api/v1/regions/yamato/renewals/" + YEAR + "/open", "{}");
        yamato().put("/api/v1/regions/yamato/roster/mapping", "{\"entries\":[{\"header\":\"会社名\",\"field\":\"name\"}]}");
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
        return CASES.keySet().stream().filter(route -> route.contains("{id}") || route.contains("{sponsorId}")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anotherRegionsAdminIsRefusedThroughThatRegionsPath(String route) throws SQLException {
        String before = yamatoSnapshot();
        Api.Reply reply = call(route, "yamato", kishiwada());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).doesNotContain("大和の秘密の病院");
        assertThat(yamatoSnapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithARecordId")
    void anotherRegionsRecordIsNotFoundThroughTheCallersOwnPath(String route) throws SQLException {
        String before = yamatoSnapshot();
        Api.Reply reply = call(route, "kishiwada", kishiwada());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("大和の秘密の病院");
        assertThat(yamatoSnapshot()).isEqualTo(before);
    }

    @Test
    void headOfficeCannotReadARegionsSponsors() {
        Api hq = api().as(jp.mimamo.noren.support.TestTokens.headOffice());
        assertThat(hq.get("/api/v1/regions/yamato/sponsors").status()).isEqualTo(403);
        assertThat(hq.get("/api/v1/regions/yamato/sponsors/" + yamatoSponsor).status()).isEqualTo(403);
    }

    private Api.Reply call(String route, String region, Api as) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replace("{region}", region).replace("{id}", String.valueOf(yamatoSponsor))
                .replace("{sponsorId}", String.valueOf(yamatoSponsor)).replace("{year}", String.valueOf(YEAR))
                .replace("{userId}", "00000000-0000-0000-0000-000000000000")
                .replace("{importId}", "00000000-0000-0000-0000-000000000000");
        String body = CASES.get(route);
        HttpMethod method = HttpMethod.valueOf(parts[0]);
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
                     + " || '|' || coalesce((select string_agg(entries::text || ':' || version, ',') from roster_column_mappings where region_id = 'yamato'), '')"
                     + " || '|' || coalesce((select string_agg(id || ':' || status, ',') from roster_imports where region_id = 'yamato'), '')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
