package jp.mimamo.noren.templates.texts;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview pages: a region sees for every kind whether it follows head office or uses its own text and whether
 * head office moved on; head office sees which regions use their own text for which template.
 */
@MicronautTest
class TemplateOverviewTest extends ApiTestBase {
    private static final String REGION = "overview-town";
    private static final String OTHER = "overview-village";
    private static final String LIBRARY = "/api/v1/hq/document-templates";
    private Api admin;
    private Api hq;

    @BeforeAll
    void twoRegions() {
        regions.ensure(new Region(REGION, "一覧町見守りネットワーク", "Overview Town"));
        regions.ensure(new Region(OTHER, "一覧村見守りネットワーク", "Overview Village"));
        admin = api().as(TestTokens.regionAdmin(REGION));
        hq = api().as(TestTokens.headOffice());
    }

    @Test
    void everyKindOfTheLibraryIsListedForARegionAndHeadOffice() {
        List<String> kinds = List.of("renewal-request", "renewal-reminder", "receipt", "invoice", "keychain-card", "consent-form",
                "seminar-promoted", "seminar-moved", "seminar-confirmed", "seminar-waitlisted", "seminar-cancelled", "seminar-formats",
                "update-postcard");
        Api other = api().as(TestTokens.regionAdmin(OTHER));
        JsonNode regionList = other.get("/api/v1/regions/" + OTHER + "/document-templates").json();
        assertThat(keys(regionList)).containsAll(kinds);
        for (JsonNode entry : regionList.values()) {
            assertThat(entry.get("overridden").getBooleanValue()).as(entry.toString()).isFalse();
            assertThat(entry.get("latestVersion").getIntValue()).isPositive();
        }
        assertThat(keys(hq.get(LIBRARY).json())).containsAll(kinds);
        assertThat(keys(hq.get("/api/v1/hq/statistics/template-overrides").json().get("templates"))).containsAll(kinds);
        assertThat(api().as(TestTokens.regionAdmin(REGION)).get("/api/v1/hq/statistics/template-overrides").status()).isEqualTo(403);
    }

    @Test
    void aRegionSeesHeadOfficesNewVersionOfATextItOverridesAndHeadOfficeSeesWhoOverrides() {
        String key = "consent-form";
        String templates = "/api/v1/regions/" + REGION + "/document-templates/" + key;
        JsonNode shared = admin.get(templates).json().get("shared");
        int base = shared.get("version").getIntValue();
        Api.Reply own = admin.put(templates + "/override", json(Map.of("subject", shared.get("subject").getStringValue(),
                "body", shared.get("body").getStringValue() + "\n一覧町の独自の一文", "revision", 0, "baseVersion", base)));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);

        JsonNode overriding = hqEntry(key).get("regions");
        assertThat(overriding.values()).anySatisfy(o -> {
            assertThat(o.get("region").getStringValue()).isEqualTo(REGION);
            assertThat(o.get("regionName").getStringValue()).isEqualTo("一覧町見守りネットワーク");
            assertThat(o.get("baseVersion").getIntValue()).isEqualTo(base);
        });
        assertThat(overriding.values()).noneSatisfy(o -> assertThat(o.get("region").getStringValue()).isEqualTo(OTHER));

        Api.Reply published = hq.post(LIBRARY + "/" + key + "/versions", json(Map.of("subject", shared.get("subject").getStringValue(),
                "body", shared.get("body").getStringValue() + "\n５．同意はいつでも撤回できます。", "note", "撤回の一文", "baseVersion", base)));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);

        JsonNode entry = regionEntry(key);
        assertThat(entry.get("overridden").getBooleanValue()).isTrue();
        assertThat(entry.get("baseVersion").getIntValue()).isEqualTo(base);
        assertThat(entry.get("latestVersion").getIntValue()).isEqualTo(base + 1);
        assertThat(entry.get("upstreamChanged").getBooleanValue()).isTrue();
        assertThat(TemplateLibraryTest.ops(admin.get(templates).json().get("upstreamChanges").get("body"), "added"))
                .contains("５．同意はいつでも撤回できます。");

        assertThat(admin.post(templates + "/override/rebase", "{\"revision\":1}").status()).isEqualTo(200);
        assertThat(regionEntry(key).get("upstreamChanged").getBooleanValue()).isFalse();
        assertThat(hqEntry(key).get("regions").values())
                .anySatisfy(o -> assertThat(o.get("baseVersion").getIntValue()).isEqualTo(base + 1));

        assertThat(admin.post(templates + "/override/revert", "{\"revision\":2}").status()).isEqualTo(200);
        assertThat(regionEntry(key).get("overridden").getBooleanValue()).isFalse();
        assertThat(hqEntry(key).get("regions").values()).noneSatisfy(o -> assertThat(o.get("region").getStringValue()).isEqualTo(REGION));
    }

    private JsonNode regionEntry(String key) {
        return find(admin.get("/api/v1/regions/" + REGION + "/document-templates").json(), key);
    }

    private JsonNode hqEntry(String key) {
        return find(hq.get("/api/v1/hq/statistics/template-overrides").json().get("templates"), key);
    }

    private static JsonNode find(JsonNode list, String key) {
        for (JsonNode entry : list.values()) {
            if (entry.get("key").getStringValue().equals(key)) {
                return entry;
            }
        }
        throw new AssertionError("No " + key + " in " + list);
    }

    private static List<String> keys(JsonNode list) {
        List<String> keys = new ArrayList<>();
        if (list.isArray()) {
            list.values().forEach(e -> keys.add(e.get("key").getStringValue()));
        }
        return keys;
    }

    private String json(Map<String, Object> value) {
        try {
            return super.json.writeValueAsString(new HashMap<>(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
