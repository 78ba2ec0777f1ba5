package jp.mimamo.noren.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Property(name = "noren.demo.enabled", value = "true")
class DemoDataTest extends ApiTestBase {

    @Test
    void otaHasTheRosterFromTheSlides() {
        JsonNode counts = api().as(TestTokens.regionAdmin("ota")).get("/api/v1/regions/ota/sponsors/counts").json();
        Map<String, Long> byCategory = new HashMap<>();
        counts.values().forEach(c -> byCategory.put(c.get("categoryCode").getStringValue(), c.get("count").getLongValue()));
        assertThat(byCategory).containsEntry("hospital", 4L).containsEntry("facility", 6L).containsEntry("care", 14L)
                .containsEntry("company", 34L).containsEntry("pharmacy", 8L);
    }

    @Test
    void theDemoRosterIsFoundByReadingAndEveryDemoRegionExists() {
        JsonNode page = api().as(TestTokens.regionAdmin("ota")).get("/api/v1/regions/ota/sponsors?size=100").json();
        assertThat(page.get("total").getLongValue()).isEqualTo(66);
        assertThat(page.get("items").get(0).get("phone").getStringValue()).matches("03-\\d{4}-\\d{4}");
        assertThat(regions.all()).extracting(jp.mimamo.noren.tenancy.Region::code).contains("ota", "yamato", "kishiwada", "otaru");
        JsonNode found = api().as(TestTokens.regionAdmin("ota"))
                .get("/api/v1/regions/ota/sponsors?q=" + java.net.URLEncoder.encode("さんのうみなみ", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(found.get("items").get(0).get("name").getStringValue()).isEqualTo("山王みなみ病院");
    }

    @Test
    void otasRenewalCampaignIsUnderWay() {
        int year = jp.mimamo.noren.shared.FiscalYear.of(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))).startYear();
        JsonNode total = api().as(TestTokens.regionAdmin("ota")).get("/api/v1/regions/ota/renewals/" + year).json().get("total");
        assertThat(total.get("sponsors").getLongValue()).isEqualTo(66);
        assertThat(total.get("pending").getLongValue()).isEqualTo(22);
        assertThat(total.get("renewed").getLongValue() + total.get("declined").getLongValue()).isEqualTo(44);
        assertThat(total.get("feesReceived").getLongValue()).isPositive().isLessThan(total.get("feesExpected").getLongValue());
        JsonNode lastYear = api().as(TestTokens.regionAdmin("ota")).get("/api/v1/regions/ota/renewals/" + (year - 1)).json().get("total");
        assertThat(lastYear.get("pending").getLongValue()).isZero();
    }

    @Test
    void otaHasTwoCentresAndTwentyRegistrantsWithKeychainsAndItsCentreStaffWorkAtOmori() {
        var admin = api().as(TestTokens.regionAdmin("ota"));
        JsonNode centres = admin.get("/api/v1/regions/ota/centres").json();
        assertThat(centres.values()).extracting(c -> c.get("name").getStringValue())
                .contains("大森地域包括支援センター", "入新井地域包括支援センター");
        long omori = java.util.stream.StreamSupport.stream(centres.values().spliterator(), false).filter(c -> c.get("name").getStringValue().startsWith("大森")).findFirst()
                .orElseThrow().get("id").getLongValue();
        assertThat(admin.get("/api/v1/regions/ota/centres/" + omori + "/staff").json().values())
                .extracting(s -> s.get("username").getStringValue()).containsExactly("ota-centre");
        var staff = api().as(TestTokens.token("ota-centre", java.util.List.of("centre-staff"), java.util.List.of("ota")));
        JsonNode all = staff.get("/api/v1/regions/ota/registrants?status=all&size=100").json();
        assertThat(all.get("total").getLongValue()).isEqualTo(20);
        assertThat(all.get("items").values()).allMatch(r -> r.get("number").getStringValue().startsWith("OTA"));
        JsonNode mine = staff.get("/api/v1/regions/ota/registrants/" + java.util.stream.StreamSupport.stream(all.get("items").values().spliterator(), false)
                .filter(r -> r.get("centreId").getLongValue() == omori).findFirst().orElseThrow().get("id").getLongValue()).json();
        assertThat(mine.get("view").getStringValue()).isEqualTo("full");
        assertThat(mine.get("connections").values()).hasSize(3);
    }

    @Test
    void otaApprovesAHospitalAndThePoliceAndTheDemoRespondersMayLookUpOtasNumbers() {
        var admin = api().as(TestTokens.regionAdmin("ota"));
        JsonNode organisations = admin.get("/api/v1/regions/ota/responder-organisations").json();
        assertThat(organisations.values()).extracting(o -> o.get("name").getStringValue() + ":" + o.get("approved").getBooleanValue())
                .containsExactlyInAnyOrder("大森赤十字病院:true", "大森警察署:true");
        var otaResponder = api().as(TestTokens.token("ota-responder", java.util.List.of("responder"), java.util.List.of("ota")));
        assertThat(otaResponder.get("/api/v1/regions/ota/responder-profile").json().get("organisationName").getStringValue())
                .isEqualTo("大森赤十字病院");
        var yamatoResponder = api().as(TestTokens.token("yamato-responder", java.util.List.of("responder"), java.util.List.of("yamato")));
        JsonNode profile = yamatoResponder.get("/api/v1/regions/yamato/responder-profile").json();
        assertThat(profile.get("organisationKind").getStringValue()).isEqualTo("fire");
        assertThat(profile.get("approved").getBooleanValue()).isTrue();
    }

    @Test
    void otaHasTheStationAMonthlySeminarAndAWeeklyCourse() {
        var ota = api().as(TestTokens.regionAdmin("ota"));
        assertThat(ota.get("/api/v1/regions/ota/seminar-venues").json().size()).isEqualTo(2);
        JsonNode seminars = ota.get("/api/v1/regions/ota/seminars").json();
        long monthly = 0;
        long flagged = 0;
        JsonNode course = null;
        for (JsonNode seminar : seminars.values()) {
            if (seminar.get("title").getStringValue().startsWith("地域づくりセミナー")) {
                monthly++;
                flagged += seminar.get("ruleOfThree").getBooleanValue() ? 0 : 1;
            } else if (seminar.get("kind").getStringValue().equals("series")) {
                course = seminar;
            }
        }
        assertThat(monthly).isGreaterThanOrEqualTo(3);
        assertThat(flagged).isLessThan(monthly);
        assertThat(course).isNotNull();
        assertThat(course.get("sessions").getIntValue()).isGreaterThanOrEqualTo(4);
        JsonNode participation = ota.get("/api/v1/regions/ota/seminars/" + course.get("id").getLongValue() + "/participation").json();
        assertThat(participation.get("sessions").get(0).get("registered").getIntValue()).isBetween(20, 25);
    }

    @Test
    void demoPhoneNumbersHaveTenDigitsInTheRegionsAreaCode() {
        assertThat(DemoRoster.phone("03", 5)).matches("03-2\\d{3}-\\d{4}");
        assertThat(DemoRoster.phone("0134", 5)).matches("0134-2\\d-\\d{4}");
    }

    @Test
    void otaCentresListOfTheMonthHasAHandfulAndAHistory() {
        var staff = api().as(TestTokens.token("ota-centre", java.util.List.of("centre-staff"), java.util.List.of("ota")));
        JsonNode list = staff.get("/api/v1/regions/ota/updates/worklist").json();
        assertThat(list.get("dueThisMonth").getIntValue()).isEqualTo(4);
        assertThat(list.get("carriedOver").getIntValue()).isEqualTo(2);
        long followUps = java.util.stream.StreamSupport.stream(list.get("items").values().spliterator(), false)
                .filter(i -> i.get("attempts").getIntValue() > 0).count();
        assertThat(followUps).as("one carried over after a call that did not reach").isEqualTo(1);
        int yearOfTheVisit = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")).minusMonths(3).getYear();
        JsonNode progress = staff.get("/api/v1/regions/ota/updates/progress?year=" + yearOfTheVisit).json();
        long done = 0;
        for (JsonNode centre : progress.get("centres").values()) {
            done += centre.get("total").get("done").getLongValue();
        }
        assertThat(done).as("the visit made three months ago").isGreaterThanOrEqualTo(1);
    }
}
