package jp.mimamo.noren.centres;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A region admin keeps the region's centres and says who works where; staff read them. */
@MicronautTest
class CentresTest extends ApiTestBase {
    private static final String REGION = "centre-town";
    private static final String CENTRES = "/api/v1/regions/" + REGION + "/centres";
    private Api admin;
    private Api staff;

    @BeforeAll
    void theRegion() {
        regions.ensure(new Region(REGION, "センター町", "Centre Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
        staff = api().as(TestTokens.centreStaff(REGION));
    }

    @Test
    void anAdminCreatesAndEditsACentreAndAStaleEditIsA409() {
        Api.Reply created = admin.post(CENTRES, "{\"name\":\"馬込地域包括支援センター\",\"nameKana\":\"まごめ\",\"phone\":\"０３－３７７２－１２３４\","
                + "\"postalCode\":\"1430025\",\"openingHours\":\"平日 8:30〜17:15\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode centre = created.json();
        assertThat(centre.get("nameKana").getStringValue()).isEqualTo("マゴメ");
        assertThat(centre.get("phone").getStringValue()).isEqualTo("03-3772-1234");
        assertThat(centre.get("postalCode").getStringValue()).isEqualTo("143-0025");
        long id = centre.get("id").getLongValue();
        Api.Reply edited = admin.put(CENTRES + "/" + id, "{\"name\":\"馬込地域包括支援センター\",\"phone\":\"03-3772-1234\","
                + "\"afterHoursContact\":\"池上警察署\",\"afterHoursPhone\":\"03-3755-0110\",\"version\":0}");
        assertThat(edited.json().get("afterHoursContact").getStringValue()).isEqualTo("池上警察署");
        Api.Reply stale = admin.put(CENTRES + "/" + id, "{\"name\":\"古い版\",\"phone\":\"03-3772-1234\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get(CENTRES + "/" + id).json().get("name").getStringValue()).isEqualTo("馬込地域包括支援センター");
    }

    @Test
    void twoCentresCannotShareAName() {
        admin.post(CENTRES, "{\"name\":\"羽田地域包括支援センター\",\"phone\":\"03-3745-1111\"}");
        Api.Reply again = admin.post(CENTRES, "{\"name\":\"羽田地域包括支援センター\",\"phone\":\"03-3745-2222\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").getStringValue()).contains("羽田地域包括支援センター");
    }

    @Test
    void aCentreNeedsANameAndAPhoneNumber() {
        Api.Reply reply = admin.post(CENTRES, "{\"name\":\" \",\"phone\":\"123\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").values()).extracting(e -> e.get("field").getStringValue()).containsExactly("name", "phone");
    }

    @Test
    void staffAreAssignedToOneCentreAndSeeWhichIsTheirs() {
        long a = admin.post(CENTRES, "{\"name\":\"田園調布地域包括支援センター\",\"phone\":\"03-3721-1111\"}").json().get("id").getLongValue();
        long b = admin.post(CENTRES, "{\"name\":\"久が原地域包括支援センター\",\"phone\":\"03-3751-1111\"}").json().get("id").getLongValue();
        String me = RegistryWorld.staffName(REGION);
        assertThat(admin.put(CENTRES + "/" + a + "/staff/" + me, "{}").status()).isEqualTo(200);
        assertThat(admin.put(CENTRES + "/" + b + "/staff/" + me, "{}").status()).isEqualTo(200);
        assertThat(admin.get(CENTRES + "/" + a + "/staff").json().values()).isEmpty();
        assertThat(admin.get(CENTRES + "/" + b + "/staff").json().values()).extracting(s -> s.get("username").getStringValue())
                .containsExactly(me);
        JsonNode list = staff.get(CENTRES).json();
        for (JsonNode centre : list.values()) {
            assertThat(centre.get("mine").getBooleanValue()).as(centre.get("name").getStringValue())
                    .isEqualTo(centre.get("id").getLongValue() == b);
        }
        assertThat(admin.send("DELETE", CENTRES + "/" + b + "/staff/" + me, null, "application/json").status()).isEqualTo(204);
        assertThat(admin.get(CENTRES + "/" + b + "/staff").json().values()).isEmpty();
    }

    @Test
    void aUsernameThatCannotBeOneIsRefused() {
        long id = admin.post(CENTRES, "{\"name\":\"池上地域包括支援センター\",\"phone\":\"03-3752-1111\"}").json().get("id").getLongValue();
        Api.Reply reply = admin.put(CENTRES + "/" + id + "/staff/" + "%27%3B%20drop%20table%20centres", "{}");
        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void staffReadCentresButOnlyTheAdminChangesThem() {
        assertThat(staff.get(CENTRES).status()).isEqualTo(200);
        assertThat(staff.post(CENTRES, "{\"name\":\"職員が作るセンター\",\"phone\":\"03-1111-2222\"}").status()).isEqualTo(403);
        assertThat(api().as(TestTokens.headOffice()).get(CENTRES).status()).isEqualTo(403);
    }

    @Test
    void aCentreWithRegistrantsCannotBeDeletedButAnEmptyOneCan() {
        RegistryWorld world = RegistryWorld.in(api(), REGION);
        world.register(RegistrantFixtures.aResident());
        assertThat(admin.send("DELETE", CENTRES + "/" + world.centre() + "?version=0", null, "application/json").status()).isEqualTo(409);
        long empty = admin.post(CENTRES, "{\"name\":\"閉所するセンター\",\"phone\":\"03-1111-3333\"}").json().get("id").getLongValue();
        assertThat(admin.send("DELETE", CENTRES + "/" + empty, null, "application/json").status()).isEqualTo(400);
        assertThat(admin.send("DELETE", CENTRES + "/" + empty + "?version=0", null, "application/json").status()).isEqualTo(204);
        assertThat(admin.get(CENTRES + "/" + empty).status()).isEqualTo(404);
    }
}
