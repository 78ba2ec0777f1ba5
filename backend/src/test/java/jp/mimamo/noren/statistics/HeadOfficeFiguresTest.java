package jp.mimamo.noren.statistics;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Head office's figures through the API, without suppression so that single changes show: each change moves a figure at once. */
@MicronautTest
@Property(name = "noren.statistics.suppress-below", value = "1")
class HeadOfficeFiguresTest extends ApiTestBase {
    private static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private static final String REGION = "figures-api";

    @BeforeAll
    void threeMoreRegions() {
        regions.ensure(new Region(REGION, "集計市", "Figures City"));
        regions.ensure(new Region("figures-b", "比較町", "Compare Town"));
        regions.ensure(new Region("figures-c", "中央村", "Median Village"));
    }

    private Api hq() {
        return api().as(TestTokens.headOffice());
    }

    private Api admin() {
        return api().as(TestTokens.regionAdmin(REGION));
    }

    private double figure(String metric) {
        JsonNode report = hq().get("/api/v1/hq/statistics/figures?from=" + YEAR + "&to=" + YEAR + "&metrics=" + metric).json();
        for (JsonNode cell : report.get("cells").values()) {
            if (cell.get("regionCode").getStringValue().equals(REGION)) {
                return cell.get("value").isNull() ? -1 : cell.get("value").getDoubleValue();
            }
        }
        throw new AssertionError("no cell for " + REGION + " in " + report);
    }

    @Test
    void aNewSponsorRegistrantAndAttendanceMoveTheFiguresAtOnce() {
        double sponsors = figure("sponsors");
        long sponsor = admin().post("/api/v1/regions/" + REGION + "/sponsors", SponsorFixtures.aHospital().json()).json().get("id").getLongValue();
        admin().post("/api/v1/regions/" + REGION + "/renewals/" + YEAR + "/open", "{}");
        Api.Reply renewed = admin().put("/api/v1/regions/" + REGION + "/sponsors/" + sponsor + "/sponsorships/" + YEAR,
                "{\"status\":\"renewed\",\"units\":1,\"version\":0}");
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertThat(figure("sponsors")).isEqualTo(sponsors + 1);
        assertThat(hq().get("/api/v1/hq/statistics/sponsor-counts").body()).contains("\"regionCode\":\"" + REGION + "\"");

        double registrants = figure("registrants");
        RegistryWorld.in(api(), REGION).register(RegistrantFixtures.aResident());
        assertThat(figure("registrants")).isEqualTo(registrants + 1);

        double attendances = figure("attendances");
        String base = "/api/v1/regions/" + REGION;
        String day = LocalDate.now().plusDays(3).toString();
        long seminar = admin().post(base + "/seminars", "{\"kind\":\"single\",\"title\":\"集計の講座\",\"capacity\":5,"
                + "\"sessions\":[{\"startsAt\":\"" + day + "T10:00\",\"endsAt\":\"" + day + "T12:00\"}]}").json().get("id").getLongValue();
        long registration = admin().post(base + "/seminars/" + seminar + "/registrations",
                "{\"participant\":{\"name\":\"集計 花子\",\"nameKana\":\"シュウケイ ハナコ\",\"phone\":\"03-0000-1111\"}}")
                .json().get(0).get("id").getLongValue();
        Api.Reply ticked = admin().post(base + "/seminar-registrations/" + registration + "/attendance", "{\"attended\":true}");
        assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
        int sessionYear = FiscalYear.of(LocalDate.now().plusDays(3)).startYear();
        if (sessionYear == YEAR) {
            assertThat(figure("attendances")).isEqualTo(attendances + 1);
        }
    }

    @Test
    void registrantsPerThousandUseThePopulationTheRegionEntered() {
        RegistryWorld.in(api(), REGION).register(RegistrantFixtures.aResident());
        int version = admin().get("/api/v1/regions/" + REGION + "/statistics/population").json().get("version").getIntValue();
        Api.Reply saved = admin().put("/api/v1/regions/" + REGION + "/statistics/population",
                "{\"agedSixtyFivePlus\":2000,\"version\":" + version + "}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(admin().put("/api/v1/regions/" + REGION + "/statistics/population", "{\"agedSixtyFivePlus\":2000,\"version\":"
                + saved.json().get("version").getIntValue() + "}").status()).isEqualTo(200);
        assertThat(admin().put("/api/v1/regions/" + REGION + "/statistics/population", "{\"agedSixtyFivePlus\":2000,\"version\":0}")
                .status()).isEqualTo(409);
        assertThat(admin().put("/api/v1/regions/" + REGION + "/statistics/population", "{\"agedSixtyFivePlus\":0}").status()).isEqualTo(400);
        assertThat(figure("registrants-per-thousand")).isEqualTo(figure("registrants") * 1000 / 2000);
    }

    @Test
    void theDashboardListsEveryRegionOfTheDirectoryAndRefusesBadInput() {
        Api.Reply reply = hq().get("/api/v1/hq/statistics/figures?from=" + (YEAR - 2) + "&to=" + YEAR);
        JsonNode report = reply.json();
        assertThat(report.get("years").size()).isEqualTo(3);
        assertThat(report.get("metrics").size()).isEqualTo(Metric.values().length);
        assertThat(reply.body()).contains(REGION, "figures-b", "figures-c");
        Api.Reply backwards = hq().get("/api/v1/hq/statistics/figures?from=2026&to=2020");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("終わりの年度");
        assertThat(hq().get("/api/v1/hq/statistics/figures?from=1990&to=2026").status()).isEqualTo(400);
        Api.Reply unknown = hq().get("/api/v1/hq/statistics/figures?metrics=names");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("names");
        assertThat(hq().get("/api/v1/hq/statistics/figures/export?format=pdf").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/hq/statistics/figures").status()).isEqualTo(403);
        assertThat(hq().get("/api/v1/regions/" + REGION + "/statistics/comparison").status()).isEqualTo(403);
    }

    @Test
    void theExportComesAsXlsxAndAsCsvInCp932() {
        Api.Bytes xlsx = hq().bytes("GET", "/api/v1/hq/statistics/figures/export?format=xlsx&from=" + YEAR + "&to=" + YEAR, null, null);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
        Api.Bytes csv = hq().bytes("GET", "/api/v1/hq/statistics/figures/export?format=csv&encoding=cp932&from=" + YEAR + "&to=" + YEAR,
                null, null);
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body(), Charset.forName("windows-31j"));
        assertThat(text).startsWith("地域,年度,協賛数").contains("集計市").contains("全国中央値");
    }

    @Test
    void aRegionSeesTheMedianAndOtherRegionsOnlyOncePublished() {
        hq().put("/api/v1/hq/statistics/publications/" + YEAR, "{\"published\":false}");
        Api.Reply hiddenReply = admin().get("/api/v1/regions/" + REGION + "/statistics/comparison?year=" + YEAR);
        JsonNode hidden = hiddenReply.json();
        assertThat(hidden.get("published").getBooleanValue()).isFalse();
        assertThat(hidden.get("regions").size()).isZero();
        assertThat(hiddenReply.body()).doesNotContain("比較町").doesNotContain("figures-b");
        assertThat(hidden.get("lines").size()).isEqualTo(Metric.values().length);

        assertThat(hq().put("/api/v1/hq/statistics/publications/" + YEAR, "{\"published\":true}").status()).isEqualTo(200);
        Api.Reply shown = admin().get("/api/v1/regions/" + REGION + "/statistics/comparison?year=" + YEAR);
        assertThat(shown.json().get("published").getBooleanValue()).isTrue();
        assertThat(shown.body()).contains("比較町");
        assertThat(hq().get("/api/v1/hq/statistics/figures?from=" + YEAR + "&to=" + YEAR).json().get("years").get(0)
                .get("published").getBooleanValue()).isTrue();
        hq().put("/api/v1/hq/statistics/publications/" + YEAR, "{\"published\":false}");
    }
}
