package jp.mimamo.noren.templates.texts;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Head office's template library: versions that never change, previews with sample data, and what is refused. */
@MicronautTest
class TemplateLibraryTest extends ApiTestBase {
    private static final String LIBRARY = "/api/v1/hq/document-templates";

    private Api hq() {
        return api().as(TestTokens.headOffice());
    }

    @Test
    void theRenewalTextsStartFromTheTextTheEmailsUsedBefore() {
        JsonNode list = hq().get(LIBRARY).json();
        List<String> keys = new ArrayList<>();
        list.values().forEach(entry -> keys.add(entry.get("key").getStringValue()));
        assertThat(keys).contains("renewal-request", "renewal-reminder");

        JsonNode first = hq().get(LIBRARY + "/renewal-request/versions/1").json();
        assertThat(first.get("version").get("publishedBy").getStringValue()).isEqualTo("system");
        assertThat(first.get("version").get("subject").getStringValue()).isEqualTo("{regionName} 協賛継続のお願い（{fiscalYear}）");
        assertThat(first.get("version").get("body").getStringValue())
                .startsWith("{sponsorName}\n{contactName} 様\n\n拝啓").contains("{dueDate}までに、{howToAnswer}ご回答をお知らせください。");
        assertThat(first.get("changes").isNull()).isTrue();
    }

    @Test
    void publishingAddsAVersionAndLeavesEveryEarlierOneAsItWas() {
        JsonNode latest = latest("renewal-reminder");
        int version = latest.get("version").getIntValue();
        String body = latest.get("body").getStringValue();

        Api.Reply published = publish("renewal-reminder", latest.get("subject").getStringValue(), body + "\n※ 行き違いの際はご容赦ください。",
                "追記を加えました", version);

        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().get("version").getIntValue()).isEqualTo(version + 1);
        assertThat(published.json().get("publishedBy").getStringValue()).isEqualTo("hq");
        JsonNode before = hq().get(LIBRARY + "/renewal-reminder/versions/" + version).json().get("version");
        assertThat(before.get("body").getStringValue()).isEqualTo(body);
        JsonNode changes = hq().get(LIBRARY + "/renewal-reminder/versions/" + (version + 1)).json().get("changes");
        assertThat(changes.get("fromVersion").getIntValue()).isEqualTo(version);
        assertThat(ops(changes.get("body"), "added")).containsExactly("", "※ 行き違いの際はご容赦ください。");
        JsonNode detail = hq().get(LIBRARY + "/renewal-reminder").json();
        assertThat(detail.get("versions").get(0).get("note").getStringValue()).isEqualTo("追記を加えました");
        assertThat(detail.get("kind").get("placeholders").size()).isEqualTo(10);
    }

    @Test
    void aPublishFromAnOlderVersionIsStaleAndAddsNothing() {
        JsonNode latest = latest("renewal-reminder");
        int version = latest.get("version").getIntValue();
        publish("renewal-reminder", latest.get("subject").getStringValue(), latest.get("body").getStringValue() + "\n一人目の変更", "一人目", version);

        Api.Reply stale = publish("renewal-reminder", latest.get("subject").getStringValue(), latest.get("body").getStringValue() + "\n二人目の変更",
                "二人目", version);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").getStringValue()).endsWith("/stale-version");
        assertThat(latest("renewal-reminder").get("body").getStringValue()).endsWith("一人目の変更");
    }

    @Test
    void everyUnknownPlaceholderAndLoneBraceIsNamedInJapanese() {
        JsonNode latest = latest("renewal-request");
        Api.Reply refused = publish("renewal-request", "{regionName} のお願い（{year}）", "{sponsorNam} 様\n協賛金：{fee\nお支払い}は{dueDate}まで",
                "誤りのある版", latest.get("version").getIntValue());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("type").getStringValue()).endsWith("/validation");
        assertThat(errors(refused)).containsExactly(
                Map.entry("subject", "1行目 19文字目: 「{year}」は使えない差し込み項目です（使えるもの: {sponsorName}、{contactName}、{regionName}、"
                        + "{fiscalYear}、{fiscalYearLabel}、{units}、{fee}、{benefits}、{dueDate}、{howToAnswer}）"),
                Map.entry("body", "1行目 1文字目: 「{sponsorNam}」は使えない差し込み項目です（使えるもの: {sponsorName}、{contactName}、{regionName}、"
                        + "{fiscalYear}、{fiscalYearLabel}、{units}、{fee}、{benefits}、{dueDate}、{howToAnswer}）"),
                Map.entry("body", "2行目 5文字目: 「{」が同じ行の「}」で閉じられていません"),
                Map.entry("body", "3行目 5文字目: 対応する「{」のない「}」があります"));
        assertThat(latest("renewal-request").get("version").getIntValue()).isEqualTo(latest.get("version").getIntValue());
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() {
        Api.Reply refused = hq().inLanguage("en").post(LIBRARY + "/renewal-request/preview", "{\"subject\":\"x\",\"body\":\"{}\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).containsExactly(Map.entry("body", "Line 1, column 1: \"{}\" has no placeholder name inside"));
    }

    @Test
    void theSameTextAsTheLatestIsNotANewVersion() {
        JsonNode latest = latest("renewal-request");
        Api.Reply same = publish("renewal-request", latest.get("subject").getStringValue(), latest.get("body").getStringValue(), "同じ",
                latest.get("version").getIntValue());

        assertThat(same.status()).isEqualTo(400);
        assertThat(errors(same)).containsExactly(Map.entry("body", "公開中の版と同じ内容です。変更してから公開してください"));
    }

    @Test
    void aChangeNoteIsRequired() {
        JsonNode latest = latest("renewal-request");
        Api.Reply refused = publish("renewal-request", "件名", "本文", " ", latest.get("version").getIntValue());

        assertThat(errors(refused)).containsExactly(Map.entry("note", "入力してください"));
    }

    @Test
    void thePreviewFillsInTheSampleValues() {
        Api.Reply preview = hq().post(LIBRARY + "/renewal-request/preview",
                "{\"subject\":\"{regionName}より\",\"body\":\"{sponsorName}\\n{contactName} 様\\n協賛金：{fee}\"}");

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("subject").getStringValue()).isEqualTo("みま～も大田より");
        assertThat(preview.json().get("body").getStringValue()).isEqualTo("大森中央病院\n山田 花子 様\n協賛金：20,000円");
    }

    @Test
    void anUnknownTemplateOrVersionIsNotFound() {
        assertThat(hq().get(LIBRARY + "/birthday-card").status()).isEqualTo(404);
        assertThat(hq().get(LIBRARY + "/renewal-request/versions/9999").status()).isEqualTo(404);
        assertThat(hq().post(LIBRARY + "/birthday-card/versions", "{\"body\":\"x\",\"note\":\"x\",\"baseVersion\":0}").status()).isEqualTo(404);
    }

    @Test
    void regionAdminsCannotUseTheLibrarysHeadOfficeRoutes() {
        assertThat(yamato().get(LIBRARY).status()).isEqualTo(403);
        assertThat(yamato().get(LIBRARY + "/renewal-request").status()).isEqualTo(403);
        assertThat(yamato().get(LIBRARY + "/renewal-request/versions/1").status()).isEqualTo(403);
        assertThat(yamato().post(LIBRARY + "/renewal-request/preview", "{\"body\":\"x\"}").status()).isEqualTo(403);
        Api.Reply publish = yamato().post(LIBRARY + "/renewal-request/versions",
                "{\"subject\":\"x\",\"body\":\"大和が書き換えた\",\"note\":\"x\",\"baseVersion\":" + latest("renewal-request").get("version").getIntValue() + "}");
        assertThat(publish.status()).isEqualTo(403);
        assertThat(latest("renewal-request").get("body").getStringValue()).doesNotContain("大和が書き換えた");
    }

    private JsonNode latest(String key) {
        return hq().get(LIBRARY + "/" + key).json().get("latest");
    }

    private Api.Reply publish(String key, String subject, String body, String note, int baseVersion) {
        return hq().post(LIBRARY + "/" + key + "/versions", json(Map.of("subject", subject, "body", body, "note", note, "baseVersion", baseVersion)));
    }

    private String json(Object value) {
        try {
            return super.json.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> ops(JsonNode lines, String op) {
        List<String> texts = new ArrayList<>();
        lines.values().forEach(line -> {
            if (line.get("op").getStringValue().equals(op)) {
                texts.add(line.get("text").getStringValue());
            }
        });
        return texts;
    }

    static List<Map.Entry<String, String>> errors(Api.Reply reply) {
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        reply.json().get("errors").values().forEach(e -> errors.add(Map.entry(e.get("field").getStringValue(), e.get("message").getStringValue())));
        return errors;
    }
}
