package jp.mimamo.noren.statistics;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import jp.mimamo.noren.devstack.EmbeddedDatabase;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What head office can never see: a person's name, address or record id in any head-office response, a small count,
 * or (for its database role) any table that holds a region's records.
 */
@MicronautTest
class HeadOfficePrivacyTest extends ApiTestBase {
    private static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private static final String REGION = "privacy-check";
    private static final String NAME = "秘密野 登録子";
    private static final String ADDRESS = "東京都大田区秘密町9-8-7";
    private static final String PARTICIPANT = "秘密川 参加太郎";
    private static final String SPONSOR = "秘密の協賛病院";
    private final List<String> ids = new ArrayList<>();

    @Inject
    Router router;

    @BeforeAll
    void aRegionWithDistinctivePeople() throws SQLException {
        regions.ensure(new Region(REGION, "秘匿検証", "Privacy check"));
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
            st.execute("select setval('registrant_id_seq', greatest(nextval('registrant_id_seq'), 7731000000))");
            st.execute("select setval('seminar_id_seq', greatest(nextval('seminar_id_seq'), 7732000000))");
            st.execute("select setval('sponsor_id_seq', greatest(nextval('sponsor_id_seq'), 7733000000))");
        }
        Api admin = api().as(TestTokens.regionAdmin(REGION));
        RegistryWorld registry = RegistryWorld.in(api(), REGION);
        for (int i = 0; i < 6; i++) {
            ids.add(String.valueOf(registry.register(RegistrantFixtures.aResident().with("name", NAME).with("address", ADDRESS))));
        }
        ids.add(String.valueOf(admin.post("/api/v1/regions/" + REGION + "/sponsors", SponsorFixtures.aHospital().with("name", SPONSOR).json())
                .json().get("id").getLongValue()));
        String day = LocalDate.now().plusDays(2).toString();
        long seminar = admin.post("/api/v1/regions/" + REGION + "/seminars", "{\"kind\":\"single\",\"title\":\"秘匿の講座\",\"capacity\":9,"
                + "\"sessions\":[{\"startsAt\":\"" + day + "T10:00\",\"endsAt\":\"" + day + "T12:00\"}]}").json().get("id").getLongValue();
        var registration = admin.post("/api/v1/regions/" + REGION + "/seminars/" + seminar + "/registrations",
                "{\"participant\":{\"name\":\"" + PARTICIPANT + "\",\"nameKana\":\"ヒミツカワ サンカタロウ\",\"phone\":\"03-7777-0000\"}}")
                .json().get(0);
        admin.post("/api/v1/regions/" + REGION + "/seminar-registrations/" + registration.get("id").getLongValue() + "/attendance",
                "{\"attended\":true}");
        ids.add(String.valueOf(registration.get("participantId") == null ? registration.get("id").getLongValue()
                : registration.get("participantId").getLongValue()));
        admin.put("/api/v1/regions/" + REGION + "/statistics/population", "{\"agedSixtyFivePlus\":3000}");
        api().as(TestTokens.headOffice()).put("/api/v1/hq/statistics/publications/" + YEAR, "{\"published\":true}");
    }

    private Set<String> headOfficeRoutes() {
        return router.uriRoutes().map(UriRouteInfo.class::cast)
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/v1/hq"))
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void noHeadOfficeEndpointReturnsANameAnAddressOrARecordId() {
        Set<String> routes = headOfficeRoutes();
        assertThat(routes).contains("GET /api/v1/hq/statistics/figures", "GET /api/v1/hq/statistics/figures/export",
                "GET /api/v1/hq/statistics/sponsor-counts", "GET /api/v1/hq/regions");
        // The one head-office route that carries a region's records on purpose: the export of all of a region's data,
        // its data portability (docs/adr/0018), written to that region's own access log. RegionExportTest covers it.
        assertThat(routes.remove("GET /api/v1/hq/regions/{code}/export")).isTrue();
        Api hq = api().as(TestTokens.headOffice());
        for (String route : routes) {
            String[] parts = route.split(" ", 2);
            String path = parts[1].replace("{year}", String.valueOf(YEAR)).replace("{code}", "hospital")
                    .replace("{key}", "renewal-request").replaceAll("\\{[^}]+}", "x");
            List<String> variants = parts[1].endsWith("/export")
                    ? List.of(path + "?format=xlsx", path + "?format=csv", path + "?format=csv&encoding=cp932") : List.of(path);
            for (String variant : variants) {
                String body = "GET".equals(parts[0]) ? null : "{}";
                Api.Bytes reply = hq.bytes(parts[0], variant, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                        body == null ? null : "application/json");
                String text = variant.contains("xlsx") ? XlsxText.of(reply.body())
                        : new String(reply.body(), variant.contains("cp932") ? java.nio.charset.Charset.forName("windows-31j")
                        : StandardCharsets.UTF_8);
                assertThat(reply.status()).as(route).isLessThan(500);
                assertThat(text).as(route).doesNotContain(NAME).doesNotContain(ADDRESS).doesNotContain(PARTICIPANT)
                        .doesNotContain(SPONSOR).doesNotContain("秘密");
                for (String id : ids) {
                    assertThat(text).as(route + " holds id " + id).doesNotContain(id);
                }
            }
        }
    }

    @Test
    void smallCountsAreSuppressedInTheFiguresTheSponsorCountsAndTheExport() {
        Api hq = api().as(TestTokens.headOffice());
        var report = hq.get("/api/v1/hq/statistics/figures?from=" + YEAR + "&to=" + YEAR + "&metrics=registrants,participants").json();
        assertThat(report.get("suppressBelow").getIntValue()).isEqualTo(5);
        boolean registrantsShown = false;
        boolean participantsSuppressed = false;
        for (var cell : report.get("cells").values()) {
            if (!cell.get("regionCode").getStringValue().equals(REGION)) {
                continue;
            }
            if (cell.get("metric").getStringValue().equals("registrants")) {
                registrantsShown = !cell.get("suppressed").getBooleanValue() && cell.get("value").getDoubleValue() >= 6;
            } else if (LocalDate.now().plusDays(2).isBefore(new FiscalYear(YEAR).lastDay().plusDays(1))) {
                participantsSuppressed = cell.get("suppressed").getBooleanValue() && cell.get("value").isNull();
            } else {
                participantsSuppressed = true;
            }
        }
        assertThat(registrantsShown).as("six registrants are shown").isTrue();
        assertThat(participantsSuppressed).as("one participant is shown as <5").isTrue();

        var counts = hq.get("/api/v1/hq/statistics/sponsor-counts").json();
        boolean sponsorSuppressed = false;
        for (var cell : counts.get("counts").values()) {
            if (cell.get("regionCode").getStringValue().equals(REGION)) {
                sponsorSuppressed = cell.get("suppressed").getBooleanValue() && cell.get("count").isNull();
            }
        }
        assertThat(sponsorSuppressed).as("one sponsor is shown as <5").isTrue();

        String csv = new String(hq.bytes("GET", "/api/v1/hq/statistics/figures/export?format=csv&from=" + YEAR + "&to=" + YEAR
                + "&metrics=participants", null, null).body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.startsWith("秘匿検証")).findFirst().orElseThrow()).endsWith("<5");

        hq.put("/api/v1/hq/statistics/publications/" + YEAR, "{\"published\":true}");
        Api.Reply comparisonReply = api().as(TestTokens.regionAdmin("yamato")).get("/api/v1/regions/yamato/statistics/comparison?year=" + YEAR);
        assertThat(comparisonReply.body()).contains("秘匿検証");
        var comparison = comparisonReply.json();
        for (var cell : comparison.get("cells").values()) {
            if (cell.get("regionCode").getStringValue().equals(REGION) && cell.get("metric").getStringValue().equals("participants")) {
                assertThat(cell.get("suppressed").getBooleanValue()).isTrue();
            }
        }
    }

    @Test
    void theStatsRoleCanReadNoTableThatHoldsRegionRecords() throws SQLException {
        Set<String> readable = new TreeSet<>();
        try (Connection owner = TestDatabase.get().superuser("noren"); Statement st = owner.createStatement();
             ResultSet rs = st.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                     + " where n.nspname = 'public' and c.relkind in ('r', 'v', 'm', 'p')"
                     + " and has_table_privilege('" + EmbeddedDatabase.STATS + "', c.oid, 'select')"
                     + " and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'region_id')")) {
            while (rs.next()) {
                readable.add(rs.getString(1));
            }
        }
        assertThat(readable).as("tables and views with a region column the stats role can read")
                .containsExactlyInAnyOrder("sponsor_category_counts", "sponsorship_year_totals", "region_year_figures",
                        "region_population_figures", "update_completion_counts", "template_overrides");
        try (Connection stats = TestDatabase.get().connect(EmbeddedDatabase.STATS); Statement st = stats.createStatement()) {
            for (String table : List.of("registrants", "sponsors", "access_log", "seminar_participants", "seminar_registrations",
                    "seminar_attendance_facts", "seminar_session_facts", "region_year_counts", "region_statistics_settings",
                    "sponsorships", "keychains", "centres")) {
                assertThatThrownBy(() -> st.executeQuery("select count(*) from " + table)).as(table)
                        .hasMessageContaining("permission denied");
            }
            assertThatThrownBy(() -> st.executeQuery("select seminar_attendance_refresh('" + REGION + "', array[1::bigint])"))
                    .hasMessageContaining("permission denied");
        }
    }
}
