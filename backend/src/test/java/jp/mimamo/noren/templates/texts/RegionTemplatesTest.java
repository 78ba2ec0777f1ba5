package jp.mimamo.noren.templates.texts;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import static jp.mimamo.noren.templates.texts.TemplateLibraryTest.errors;
import static jp.mimamo.noren.templates.texts.TemplateLibraryTest.ops;
import static org.assertj.core.api.Assertions.assertThat;

/** A region's own text for a template: edited, kept in step with head office (rebase), or given up (revert). */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegionTemplatesTest extends ApiTestBase {
    private static final String REGION = "template-town";
    private static final String TEMPLATES = "/api/v1/regions/" + REGION + "/document-templates";
    private static final String REQUEST = TEMPLATES + "/renewal-request";
    private static final String OWN_LINE = "ひな形町では、協賛先の皆さまを年に一度の交流会にご招待しています。";
    private Api admin;

    @BeforeAll
    void aRegionWithAnAdmin() {
        regions.ensure(new Region(REGION, "ひな形町見守りネットワーク", "Template Town"));
        admin = api().as(TestTokens.regionAdmin(REGION));
    }

    @Test
    @Order(1)
    void atFirstTheRegionUsesHeadOfficesTexts() {
        JsonNode entry = entry("renewal-request");
        assertThat(entry.get("overridden").getBooleanValue()).isFalse();
        assertThat(entry.get("upstreamChanged").getBooleanValue()).isFalse();
        JsonNode view = admin.get(REQUEST).json();
        assertThat(view.get("override").isNull()).isTrue();
        assertThat(view.get("revision").getIntValue()).isZero();
        assertThat(view.get("shared").get("body").getStringValue()).contains("{sponsorName}");
    }

    @Test
    @Order(2)
    void theRegionKeepsItsOwnTextBasedOnTheLatestVersion() {
        JsonNode shared = admin.get(REQUEST).json().get("shared");

        Api.Reply saved = admin.put(REQUEST + "/override", form(shared.get("subject").getStringValue(),
                shared.get("body").getStringValue() + "\n" + OWN_LINE, 0, shared.get("version").getIntValue()));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode override = saved.json().get("override");
        assertThat(override.get("revision").getIntValue()).isEqualTo(1);
        assertThat(override.get("baseVersion").getIntValue()).isEqualTo(shared.get("version").getIntValue());
        assertThat(override.get("body").getStringValue()).endsWith(OWN_LINE);
        assertThat(override.get("actor").getStringValue()).isEqualTo(REGION + "-admin");
        assertThat(entry("renewal-request").get("overridden").getBooleanValue()).isTrue();
    }

    @Test
    @Order(3)
    void anEditFromAnOlderRevisionIsStale() {
        Api.Reply stale = admin.put(REQUEST + "/override", form("件名", "古い画面からの保存", 0, null));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").getStringValue()).endsWith("/stale-version");
        assertThat(admin.get(REQUEST).json().get("override").get("body").getStringValue()).endsWith(OWN_LINE);
    }

    @Test
    @Order(4)
    void aNewHeadOfficeVersionIsShownWithItsChangesSinceTheBase() {
        JsonNode before = admin.get(REQUEST).json();
        int base = before.get("override").get("baseVersion").getIntValue();
        int published = publishWithExtraLine("※ 本部より: 協賛金の振込先が変わりました。");

        JsonNode view = admin.get(REQUEST).json();
        JsonNode changes = view.get("upstreamChanges");
        assertThat(changes.get("fromVersion").getIntValue()).isEqualTo(base);
        assertThat(changes.get("toVersion").getIntValue()).isEqualTo(published);
        assertThat(ops(changes.get("body"), "added")).contains("※ 本部より: 協賛金の振込先が変わりました。");
        assertThat(ops(changes.get("body"), "removed")).isEmpty();
        assertThat(view.get("override").get("body").getStringValue()).as("the region's text stays as it was").endsWith(OWN_LINE);
        JsonNode entry = entry("renewal-request");
        assertThat(entry.get("upstreamChanged").getBooleanValue()).isTrue();
        assertThat(entry.get("baseVersion").getIntValue()).isEqualTo(base);
    }

    @Test
    @Order(5)
    void aRebaseMarksTheTextAsReviewedAgainstTheLatestVersion() {
        JsonNode before = admin.get(REQUEST).json();

        Api.Reply rebased = admin.post(REQUEST + "/override/rebase", "{\"revision\":" + before.get("revision").getIntValue() + "}");

        assertThat(rebased.status()).as(rebased.toString()).isEqualTo(200);
        JsonNode view = rebased.json();
        assertThat(view.get("override").get("baseVersion").getIntValue()).isEqualTo(view.get("shared").get("version").getIntValue());
        assertThat(view.get("override").get("revision").getIntValue()).isEqualTo(2);
        assertThat(view.get("override").get("body").getStringValue()).isEqualTo(before.get("override").get("body").getStringValue());
        assertThat(view.get("upstreamChanges").isNull()).isTrue();
        assertThat(entry("renewal-request").get("upstreamChanged").getBooleanValue()).isFalse();
    }

    @Test
    @Order(6)
    void aRevertGoesBackToHeadOfficesTextAndASecondRevertHasNothingToUndo() {
        Api.Reply reverted = admin.post(REQUEST + "/override/revert", "{\"revision\":2}");

        assertThat(reverted.status()).as(reverted.toString()).isEqualTo(200);
        assertThat(reverted.json().get("override").isNull()).isTrue();
        assertThat(reverted.json().get("revision").getIntValue()).isEqualTo(3);
        assertThat(entry("renewal-request").get("overridden").getBooleanValue()).isFalse();

        Api.Reply again = admin.post(REQUEST + "/override/revert", "{\"revision\":3}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").getStringValue()).isEqualTo("この地域独自の文面はありません。本部のひな形を使っています。");
    }

    @Test
    @Order(7)
    void aTextWithUnknownPlaceholdersIsRefusedAndNothingIsSaved() {
        Api.Reply refused = admin.put(REQUEST + "/override", form("{regionName}", "{sponsorName} 様\n{会費}", 3, null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).extracting(Map.Entry::getValue).singleElement().asString().startsWith("2行目 1文字目: 「{会費}」は使えない差し込み項目です");
        assertThat(admin.get(REQUEST).json().get("revision").getIntValue()).isEqualTo(3);
    }

    @Test
    void thePreviewFillsInTheSampleValues() {
        Api.Reply preview = admin.post(REQUEST + "/preview", "{\"subject\":\"{fiscalYear}のお願い\",\"body\":\"{dueDate}までに\"}");

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("subject").getStringValue()).isEqualTo("令和8年度のお願い");
        assertThat(preview.json().get("body").getStringValue()).isEqualTo("令和8年5月29日（2026-05-29）までに");
    }

    @Test
    void anotherRegionStillUsesHeadOfficesText() {
        admin.put(TEMPLATES + "/renewal-reminder/override", form("ひな形町の件名", "ひな形町だけの催促", admin.get(TEMPLATES + "/renewal-reminder").json()
                .get("revision").getIntValue(), null));

        JsonNode kishiwada = kishiwada().get("/api/v1/regions/kishiwada/document-templates/renewal-reminder").json();
        assertThat(kishiwada.get("override").isNull()).isTrue();
        assertThat(kishiwada.toString()).doesNotContain("ひな形町");
    }

    @Test
    void onlyRegionAdminsWorkOnTheRegionsTexts() {
        Api staff = api().as(TestTokens.centreStaff(REGION));
        assertThat(staff.get(TEMPLATES).status()).isEqualTo(403);
        assertThat(staff.put(REQUEST + "/override", form("x", "y", 0, null)).status()).isEqualTo(403);
        assertThat(api().as(TestTokens.headOffice()).get(TEMPLATES).status()).isEqualTo(403);
        assertThat(admin.get(TEMPLATES + "/birthday-card").status()).isEqualTo(404);
    }

    private int publishWithExtraLine(String line) {
        Api hq = api().as(TestTokens.headOffice());
        JsonNode latest = hq.get("/api/v1/hq/document-templates/renewal-request").json().get("latest");
        Map<String, Object> form = new HashMap<>();
        form.put("subject", latest.get("subject").getStringValue());
        form.put("body", latest.get("body").getStringValue() + "\n" + line);
        form.put("note", "振込先の変更");
        form.put("baseVersion", latest.get("version").getIntValue());
        Api.Reply published = hq.post("/api/v1/hq/document-templates/renewal-request/versions", json(form));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        return published.json().get("version").getIntValue();
    }

    private JsonNode entry(String key) {
        for (JsonNode entry : admin.get(TEMPLATES).json().values()) {
            if (entry.get("key").getStringValue().equals(key)) {
                return entry;
            }
        }
        throw new AssertionError("no " + key);
    }

    private String form(String subject, String body, int revision, Integer baseVersion) {
        Map<String, Object> form = new HashMap<>();
        form.put("subject", subject);
        form.put("body", body);
        form.put("revision", revision);
        form.put("baseVersion", baseVersion);
        return json(form);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
