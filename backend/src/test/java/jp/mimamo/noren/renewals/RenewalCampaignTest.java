package jp.mimamo.noren.renewals;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A region admin runs a year's renewal: opens it, records answers and money, and follows the dashboard. */
@MicronautTest
class RenewalCampaignTest extends ApiTestBase {
    private static final java.util.concurrent.atomic.AtomicInteger TOWNS = new java.util.concurrent.atomic.AtomicInteger();
    private String region;
    private static final int YEAR = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).startYear();
    private Api admin;
    private long renewing;
    private long declining;
    private long silent;

    /** Each test gets a region of its own, so one test's answers never show in another's dashboard. */
    @BeforeEach
    void aRegionWithThreeSponsorsAndLastYearsAnswer() {
        region = "renewal-town-" + TOWNS.incrementAndGet();
        regions.ensure(new Region(region, "更新テスト町", "Renewal Town"));
        admin = api().as(TestTokens.regionAdmin(region));
        admin.put(path("/renewal-settings"), "{\"unitFee\":10000,\"proration\":\"monthly\"}");
        renewing = sponsor("継続する病院", "hospital");
        declining = sponsor("辞退する企業", "company");
        silent = sponsor("返事のない薬局", "pharmacy");
        Api.Reply lastYear = admin.put(path("/sponsors/" + renewing + "/sponsorships/" + (YEAR - 1)),
                "{\"status\":\"renewed\",\"units\":3,\"benefits\":[\"会報誌にロゴ掲載\"],\"reason\":\"紙の台帳から移行\"}");
        assertThat(lastYear.status()).as(lastYear.toString()).isEqualTo(200);
    }

    @Test
    void openingTheCampaignGivesEveryActiveSponsorAPendingRowOnceCarryingLastYearsUnits() {
        JsonNode opened = admin.post(path("/renewals/" + YEAR + "/open"), "{}").json();
        JsonNode again = admin.post(path("/renewals/" + YEAR + "/open"), "{}").json();
        assertThat(opened.get("created").getIntValue() + again.get("alreadyOpen").getIntValue()).isGreaterThanOrEqualTo(3);
        assertThat(again.get("created").getIntValue()).isZero();

        JsonNode years = admin.get(path("/sponsors/" + renewing + "/sponsorships")).json();
        JsonNode thisYear = years.get(0);
        assertThat(thisYear.get("fiscalYear").getIntValue()).isEqualTo(YEAR);
        assertThat(thisYear.get("fiscalYearLabel").getStringValue()).endsWith("年度");
        assertThat(thisYear.get("units").getIntValue()).isEqualTo(3);
        assertThat(thisYear.get("fee").getIntValue()).isEqualTo(30_000);
        assertThat(thisYear.get("benefits").get(0).getStringValue()).isEqualTo("会報誌にロゴ掲載");
        assertThat(years.get(1).get("status").getStringValue()).as("last year is kept").isEqualTo("renewed");
    }

    @Test
    void answersPaymentsAndTheDashboardAgree() {
        admin.post(path("/renewals/" + YEAR + "/open"), "{}");
        JsonNode renewed = decide(renewing, "{\"status\":\"renewed\",\"units\":3,\"version\":" + version(renewing) + "}");
        assertThat(renewed.get("answeredAt").isNull()).isFalse();
        decide(declining, "{\"status\":\"declined\",\"units\":1,\"version\":" + version(declining) + "}");
        Api.Reply paid = admin.post(path("/sponsors/" + renewing + "/sponsorships/" + YEAR + "/payment"),
                "{\"paidOn\":\"" + LocalDate.now() + "\",\"method\":\"transfer\",\"amount\":30000,\"version\":" + version(renewing) + "}");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

        JsonNode summary = admin.get(path("/renewals/" + YEAR)).json().get("total");
        assertThat(summary.get("renewed").getLongValue()).isEqualTo(1);
        assertThat(summary.get("declined").getLongValue()).isEqualTo(1);
        assertThat(summary.get("pending").getLongValue()).isEqualTo(1);
        assertThat(summary.get("feesExpected").getLongValue()).isEqualTo(30_000);
        assertThat(summary.get("feesReceived").getLongValue()).isEqualTo(30_000);
        JsonNode outstanding = admin.get(path("/renewals/" + YEAR + "/outstanding")).json();
        assertThat(outstanding.get("items").get(0).get("name").getStringValue()).isEqualTo("返事のない薬局");
        assertThat(outstanding.get("total").getLongValue()).isEqualTo(1);
    }

    @Test
    void changingADecidedYearNeedsAReasonAndTheHistoryKeepsIt() {
        admin.post(path("/renewals/" + YEAR + "/open"), "{}");
        long sponsor = sponsor("方針を変える企業", "company");
        admin.post(path("/renewals/" + YEAR + "/open"), "{}");
        decide(sponsor, "{\"status\":\"renewed\",\"units\":2,\"version\":" + version(sponsor) + "}");

        Api.Reply withoutReason = admin.put(path("/sponsors/" + sponsor + "/sponsorships/" + YEAR),
                "{\"status\":\"declined\",\"units\":2,\"version\":" + version(sponsor) + "}");
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors").get(0).get("message").getStringValue()).contains("理由");

        decide(sponsor, "{\"status\":\"declined\",\"units\":2,\"reason\":\"理事会で辞退が決定\",\"version\":" + version(sponsor) + "}");
        JsonNode history = admin.get(path("/sponsors/" + sponsor + "/sponsorships/" + YEAR + "/history")).json();
        assertThat(history.get(0).get("action").getStringValue()).isEqualTo("changed");
        assertThat(history.get(0).get("reason").getStringValue()).isEqualTo("理事会で辞退が決定");
        assertThat(history.get(1).get("action").getStringValue()).isEqualTo("answered");
        assertThat(history.get(2).get("action").getStringValue()).isEqualTo("opened");
    }

    @Test
    void twoAdminsDecidingAtOnceOneWinsTheOtherGets409() {
        long sponsor = sponsor("同時に決める施設", "facility");
        admin.post(path("/renewals/" + YEAR + "/open"), "{}");
        int read = version(sponsor);
        assertThat(admin.put(path("/sponsors/" + sponsor + "/sponsorships/" + YEAR), "{\"status\":\"renewed\",\"version\":" + read + "}").status())
                .isEqualTo(200);
        Api.Reply second = admin.put(path("/sponsors/" + sponsor + "/sponsorships/" + YEAR), "{\"status\":\"declined\",\"version\":" + read + "}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(admin.get(path("/sponsors/" + sponsor + "/sponsorships")).json().get(0).get("status").getStringValue()).isEqualTo("renewed");
    }

    @Test
    void aNewcomerJoiningMidYearPaysForTheMonthsLeft() {
        LocalDate joined = new FiscalYear(YEAR).firstDay().plusMonths(6);
        long sponsor = created(admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", "途中入会の医院")
                .with("joinedOn", joined.toString()).json()));
        JsonNode year = decide(sponsor, "{\"status\":\"new\",\"units\":2}");
        assertThat(year.get("fee").getIntValue()).isEqualTo(10_000);
    }

    @Test
    void headOfficeSeesTheYearsTotalsThroughTheStatsRole() throws SQLException {
        admin.post(path("/renewals/" + YEAR + "/open"), "{}");
        try (Connection stats = TestDatabase.get().connect("noren_stats"); Statement st = stats.createStatement();
             ResultSet rs = st.executeQuery("select sponsors from sponsorship_year_totals where region_id = '" + region
                     + "' and fiscal_year = " + YEAR)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void onlyThisYearAndNextCanBeOpened() {
        Api.Reply reply = admin.post(path("/renewals/" + (YEAR + 5) + "/open"), "{}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("年度");
    }

    private long sponsor(String name, String category) {
        return created(admin.post(path("/sponsors"), SponsorFixtures.aHospital().with("name", name).with("categoryCode", category).json()));
    }

    private static long created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
    }

    private JsonNode decide(long sponsor, String body) {
        Api.Reply reply = admin.put(path("/sponsors/" + sponsor + "/sponsorships/" + YEAR), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private int version(long sponsor) {
        for (JsonNode year : admin.get(path("/sponsors/" + sponsor + "/sponsorships")).json().values()) {
            if (year.get("fiscalYear").getIntValue() == YEAR) {
                return year.get("version").getIntValue();
            }
        }
        throw new AssertionError("no row for " + YEAR);
    }

    private String path(String rest) {
        return "/api/v1/regions/" + region + rest;
    }
}
