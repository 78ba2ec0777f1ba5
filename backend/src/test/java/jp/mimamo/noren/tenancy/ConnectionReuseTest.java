package jp.mimamo.noren.tenancy;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With one pooled connection every request reuses it: a region bound for A must be gone for B. */
@MicronautTest
@Property(name = "datasources.default.maximum-pool-size", value = "1")
@Property(name = "datasources.default.minimum-idle", value = "1")
class ConnectionReuseTest extends ApiTestBase {

    @Test
    void aRequestForBAfterOneForANeverSeesAsRows() {
        yamato().post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aHospital().with("name", "再利用テスト大和病院").json());
        kishiwada().post("/api/v1/regions/kishiwada/sponsors", SponsorFixtures.aHospital().with("name", "再利用テスト岸和田病院").json());

        for (int round = 0; round < 20; round++) {
            List<String> yamatoSees = names(yamato().get("/api/v1/regions/yamato/sponsors?size=100&status=all"));
            List<String> kishiwadaSees = names(kishiwada().get("/api/v1/regions/kishiwada/sponsors?size=100&status=all"));
            assertThat(yamatoSees).contains("再利用テスト大和病院").doesNotContain("再利用テスト岸和田病院");
            assertThat(kishiwadaSees).contains("再利用テスト岸和田病院").doesNotContain("再利用テスト大和病院");
        }
    }

    @Test
    void aFailedRequestLeavesNoRegionBehind() {
        yamato().post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aHospital().with("name", "失敗後テスト病院").json());
        Api.Reply rejected = yamato().post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aHospital().with("categoryCode", "nope").json());
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(names(kishiwada().get("/api/v1/regions/kishiwada/sponsors?size=100&status=all"))).doesNotContain("失敗後テスト病院");
    }

    private static List<String> names(Api.Reply reply) {
        List<String> names = new ArrayList<>();
        JsonNode items = reply.json().get("items");
        items.values().forEach(item -> names.add(item.get("name").getStringValue()));
        return names;
    }
}
