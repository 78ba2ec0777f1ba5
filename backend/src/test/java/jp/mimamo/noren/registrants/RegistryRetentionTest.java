package jp.mimamo.noren.registrants;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jp.mimamo.noren.audit.AccessLogRows;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** After a withdrawal of consent, personal data is kept for the region's retention period and then erased. */
@MicronautTest
class RegistryRetentionTest extends ApiTestBase {
    private static final String REGION = "retention-town";
    private RegistryWorld world;

    @Inject
    RegistryRetention retention;

    @BeforeAll
    void theRegion() {
        regions.ensure(new Region(REGION, "保存町", "Retention Town"));
        world = RegistryWorld.in(api(), REGION);
    }

    @Test
    void theAdminSetsTheRetentionPeriodAndAStaleSaveIsA409() {
        JsonNode defaults = world.admin().get(world.path("/registry-settings")).json();
        assertThat(defaults.get("withdrawalRetentionDays").getIntValue()).isEqualTo(30);
        Api.Reply saved = world.admin().put(world.path("/registry-settings"), "{\"withdrawalRetentionDays\":90,\"version\":"
                + defaults.get("version").getIntValue() + "}");
        assertThat(saved.json().get("withdrawalRetentionDays").getIntValue()).isEqualTo(90);
        assertThat(world.admin().put(world.path("/registry-settings"), "{\"withdrawalRetentionDays\":7,\"version\":"
                + defaults.get("version").getIntValue() + "}").status()).isEqualTo(409);
        assertThat(world.admin().put(world.path("/registry-settings"), "{\"withdrawalRetentionDays\":-1}").status()).isEqualTo(400);
        assertThat(world.staff().get(world.path("/registry-settings")).status()).isEqualTo(403);
    }

    @Test
    void personalDataGoesWhenTheRetentionPeriodEndsAndTheNumberAndTheLogStay() {
        int version = world.admin().get(world.path("/registry-settings")).json().get("version").getIntValue();
        world.admin().put(world.path("/registry-settings"), "{\"withdrawalRetentionDays\":30,\"version\":" + version + "}");
        long withdrawn = world.register(RegistrantFixtures.aResident().with("name", "撤回 する人"));
        long staying = world.register(RegistrantFixtures.aResident().with("name", "残る 人"));
        String number = world.issueKeychain(withdrawn);
        world.staff().post(world.path("/registrants/" + withdrawn + "/status"),
                "{\"status\":\"withdrawn\",\"effectiveOn\":\"2026-01-05\",\"reason\":\"本人の申し出\",\"version\":0}");
        long logged = AccessLogRows.count(REGION);

        assertThat(retention.eraseExpired(REGION, LocalDate.of(2026, 2, 3))).isZero();
        assertThat(retention.eraseExpired(REGION, LocalDate.of(2026, 2, 4))).isEqualTo(1);
        assertThat(retention.eraseExpired(REGION, LocalDate.of(2026, 2, 5))).isZero();

        JsonNode erased = world.staff().get(world.path("/registrants/" + withdrawn)).json();
        assertThat(erased.get("erased").getBooleanValue()).isTrue();
        assertThat(erased.get("name").isNull()).isTrue();
        assertThat(erased.get("address").isNull()).isTrue();
        assertThat(erased.get("medical").get("conditions").isNull()).isTrue();
        assertThat(erased.get("connections").values()).isEmpty();
        assertThat(erased.get("keychains").get(0).get("number").getStringValue()).isEqualTo(number);
        assertThat(erased.get("statusHistory").values()).hasSize(2);
        assertThat(AccessLogRows.count(REGION)).isGreaterThan(logged);
        assertThat(world.staff().get(world.path("/registrants/" + staying)).json().get("name").getStringValue()).isEqualTo("残る 人");
        assertThat(world.staff().put(world.path("/registrants/" + withdrawn), RegistrantFixtures.aResident().with("version", 2).json())
                .status()).isEqualTo(409);
    }
}
