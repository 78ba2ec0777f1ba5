package jp.mimamo.noren.tenancy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.KeycloakTestBase;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication and region membership with tokens issued by a real Keycloak with the demo realm. */
@MicronautTest
class KeycloakAuthIT extends KeycloakTestBase {

    @Test
    void withoutATokenTheApiAnswers401() {
        Api.Reply reply = api().get("/api/v1/regions/yamato/sponsors");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void aRegionAdminWorksInTheirOwnRegion() {
        Api yamato = as("yamato-admin");
        assertThat(yamato.post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aHospital().with("name", "認証テスト病院").json()).status())
                .isEqualTo(201);
        assertThat(yamato.get("/api/v1/regions/yamato/sponsors?q=" + java.net.URLEncoder.encode("認証テスト", java.nio.charset.StandardCharsets.UTF_8)).body())
                .contains("認証テスト病院");
        assertThat(yamato.get("/api/v1/me").json().get("regions").get(0).get("code").getStringValue()).isEqualTo("yamato");
    }

    @Test
    void aRegionAdminIsRefusedInAnotherRegion() {
        Api.Reply reply = as("kishiwada-admin").get("/api/v1/regions/yamato/sponsors");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void headOfficeCannotReadSponsorDetailsButSeesCounts() {
        long id = as("yamato-admin").post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aPharmacy().json()).json().get("id").getLongValue();
        Api hq = as("hq");
        assertThat(hq.get("/api/v1/regions/yamato/sponsors").status()).isEqualTo(403);
        assertThat(hq.get("/api/v1/regions/yamato/sponsors/" + id).status()).isEqualTo(403);
        assertThat(hq.get("/api/v1/hq/statistics/sponsor-counts").status()).isEqualTo(200);
        assertThat(hq.get("/api/v1/me").json().get("headOffice").getBooleanValue()).isTrue();
    }

    @Test
    void aTokenNotSignedByKeycloakIsRejected() {
        String forged = TestTokens.sign("yamato-admin", List.of("region-admin"), List.of("yamato"), KeycloakFixtureIssuer.issuer());
        assertThat(api().as(forged).get("/api/v1/regions/yamato/sponsors").status()).isEqualTo(401);
    }

    /** The issuer Keycloak really uses, so that only the signature is wrong in the forged token. */
    static final class KeycloakFixtureIssuer {
        static String issuer() {
            return jp.mimamo.noren.support.KeycloakFixture.get().url() + "/realms/mimamo";
        }
    }
}
