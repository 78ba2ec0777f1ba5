package jp.mimamo.noren.templates;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A region hides a shared sponsor category or gives it its own label; sponsors filed under it stay as they are. */
@MicronautTest
class RegionCategoriesTest extends ApiTestBase {
    private static final String REGION = "category-town";
    private static final String OTHER = "category-village";
    private static final String CATEGORIES = "/api/v1/regions/" + REGION + "/sponsor-categories";
    private Api admin;

    @BeforeAll
    void twoRegions() {
        regions.ensure(new Region(REGION, "分類町見守りネットワーク", "Category Town"));
        regions.ensure(new Region(OTHER, "分類村見守りネットワーク", "Category Village"));
        admin = api().as(TestTokens.regionAdmin(REGION));
    }

    @Test
    void aHiddenCategoryIsMarkedAndItsSponsorsStayValid() {
        Api.Reply created = admin.post("/api/v1/regions/" + REGION + "/sponsors", SponsorFixtures.aPharmacy().with("name", "分類町薬局").json());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").getLongValue();

        Api.Reply hidden = admin.put(CATEGORIES + "/pharmacy/override", "{\"hidden\":true}");

        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        assertThat(hidden.json().get("hidden").getBooleanValue()).isTrue();
        JsonNode pharmacy = category(admin, REGION, "pharmacy");
        assertThat(pharmacy.get("hidden").getBooleanValue()).isTrue();
        assertThat(pharmacy.get("nameJa").getStringValue()).isEqualTo("薬局");
        assertThat(category(api().as(TestTokens.regionAdmin(OTHER)), OTHER, "pharmacy").get("hidden").getBooleanValue()).isFalse();

        JsonNode sponsor = admin.get("/api/v1/regions/" + REGION + "/sponsors/" + id).json();
        assertThat(sponsor.get("categoryCode").getStringValue()).isEqualTo("pharmacy");
        Api.Reply edited = admin.put("/api/v1/regions/" + REGION + "/sponsors/" + id, SponsorFixtures.aPharmacy().with("name", "分類町薬局 本店")
                .with("version", sponsor.get("version").getIntValue()).json());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        Api.Reply back = admin.send("DELETE", CATEGORIES + "/pharmacy/override?version=" + hidden.json().get("version").getIntValue(), null, null);
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(category(admin, REGION, "pharmacy").get("hidden").getBooleanValue()).isFalse();
    }

    @Test
    void aRegionsOwnLabelIsShownAndAHeadOfficeChangeAfterItIsFlagged() {
        Api hq = api().as(TestTokens.headOffice());
        String code = "cat-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply published = hq.post("/api/v1/hq/sponsor-categories", "{\"code\":\"" + code + "\",\"nameJa\":\"商店会\",\"nameEn\":\"Shopping street\"}");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(category(admin, REGION, code).get("nameJa").getStringValue()).isEqualTo("商店会");

        Api.Reply renamed = admin.put(CATEGORIES + "/" + code + "/override", "{\"nameJa\":\"商店街\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(category(admin, REGION, code).get("nameJa").getStringValue()).isEqualTo("商店街");
        assertThat(category(admin, REGION, code).get("nameEn").getStringValue()).isEqualTo("Shopping street");
        assertThat(override(code).get("upstreamChanged").getBooleanValue()).isFalse();

        Api.Reply hqRename = hq.put("/api/v1/hq/sponsor-categories/" + code, "{\"nameJa\":\"商店会・商店街\",\"nameEn\":\"Shops\",\"version\":0}");
        assertThat(hqRename.status()).as(hqRename.toString()).isEqualTo(200);
        JsonNode override = override(code);
        assertThat(override.get("upstreamChanged").getBooleanValue()).isTrue();
        assertThat(override.get("hqNameJa").getStringValue()).isEqualTo("商店会・商店街");
        assertThat(category(admin, REGION, code).get("nameJa").getStringValue()).isEqualTo("商店街");

        Api.Reply stale = admin.put(CATEGORIES + "/" + code + "/override", "{\"nameJa\":\"古い版\",\"version\":7}");
        assertThat(stale.status()).isEqualTo(409);
        Api.Reply tooLong = admin.put(CATEGORIES + "/" + code + "/override", "{\"nameJa\":\"" + "長".repeat(51) + "\",\"version\":0}");
        assertThat(tooLong.status()).isEqualTo(400);
    }

    @Test
    void onlyTheRegionAdminChangesTheRegionsCategories() {
        Api staff = api().as(TestTokens.centreStaff(REGION));
        assertThat(staff.get(CATEGORIES).status()).isEqualTo(200);
        assertThat(staff.put(CATEGORIES + "/hospital/override", "{\"hidden\":true}").status()).isEqualTo(403);
        assertThat(staff.get(CATEGORIES + "/overrides").status()).isEqualTo(403);
        assertThat(admin.put(CATEGORIES + "/no-such-category/override", "{\"hidden\":true}").status()).isEqualTo(404);
    }

    private JsonNode override(String code) {
        for (JsonNode entry : admin.get(CATEGORIES + "/overrides").json().values()) {
            if (entry.get("code").getStringValue().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError("No override row for " + code);
    }

    private static JsonNode category(Api api, String region, String code) {
        for (JsonNode entry : api.get("/api/v1/regions/" + region + "/sponsor-categories").json().values()) {
            if (entry.get("code").getStringValue().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError("No category " + code);
    }
}
