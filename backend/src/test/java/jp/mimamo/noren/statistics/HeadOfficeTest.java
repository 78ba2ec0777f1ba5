package jp.mimamo.noren.statistics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class HeadOfficeTest extends ApiTestBase {

    private Api hq() {
        return api().as(TestTokens.headOffice());
    }

    @Test
    void headOfficeAddsACategoryThatEveryRegionThenUses() {
        Api.Reply created = hq().post("/api/v1/hq/sponsor-categories",
                "{\"code\":\"shop\",\"nameJa\":\"商店\",\"nameEn\":\"Shop\",\"sortOrder\":60}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(yamato().get("/api/v1/regions/yamato/sponsor-categories").body()).contains("商店");
        Api.Reply sponsor = kishiwada().post("/api/v1/regions/kishiwada/sponsors",
                jp.mimamo.noren.sponsors.SponsorFixtures.aHospital().with("categoryCode", "shop").json());
        assertThat(sponsor.status()).isEqualTo(201);

        Api.Reply duplicate = hq().post("/api/v1/hq/sponsor-categories", "{\"code\":\"shop\",\"nameJa\":\"商店\",\"nameEn\":\"Shop\"}");
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void archivingACategoryHidesItFromRegionsAndAStaleEditIsRefused() {
        hq().post("/api/v1/hq/sponsor-categories", "{\"code\":\"bank\",\"nameJa\":\"金融機関\",\"nameEn\":\"Bank\"}");
        Api.Reply archived = hq().put("/api/v1/hq/sponsor-categories/bank",
                "{\"nameJa\":\"金融機関\",\"nameEn\":\"Bank\",\"archived\":true,\"version\":0}");
        assertThat(archived.json().get("archived").getBooleanValue()).isTrue();
        assertThat(yamato().get("/api/v1/regions/yamato/sponsor-categories").body()).doesNotContain("金融機関");
        Api.Reply stale = hq().put("/api/v1/hq/sponsor-categories/bank",
                "{\"nameJa\":\"銀行\",\"nameEn\":\"Bank\",\"archived\":false,\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void regionAdminsCannotUseHeadOfficeEndpoints() {
        assertThat(yamato().get("/api/v1/hq/statistics/sponsor-counts").status()).isEqualTo(403);
        assertThat(yamato().post("/api/v1/hq/sponsor-categories", "{\"code\":\"x1\",\"nameJa\":\"x\",\"nameEn\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void theComparisonHoldsCountsAndNoSponsorDetails() {
        yamato().post("/api/v1/regions/yamato/sponsors", jp.mimamo.noren.sponsors.SponsorFixtures.aHospital()
                .with("name", "本部に見えない病院").with("phone", "03-5555-1212").json());
        Api.Reply report = hq().get("/api/v1/hq/statistics/sponsor-counts");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("\"regionCode\":\"yamato\"").doesNotContain("本部に見えない病院")
                .doesNotContain("03-5555-1212").doesNotContain("\"id\"");
        assertThat(hq().get("/api/v1/hq/regions").body()).contains("yamato").contains("kishiwada");
    }
}
