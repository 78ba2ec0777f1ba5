package jp.mimamo.noren.onboarding;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jp.mimamo.noren.devstack.LocalMailServer;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.KeycloakFixture;
import jp.mimamo.noren.support.TcpProxy;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region signs itself up against a real Keycloak (reached through a proxy the test can cut) and a real SMTP
 * server (GreenMail): application, email check, review, provisioning with each step's failure and retry, the
 * first admin's invitation, and the launch checklist.
 */
@MicronautTest
class RegionOnboardingIT extends ApiTestBase {
    static final String PUBLIC = "/api/v1/public/onboarding";
    static final String QUEUE = "/api/v1/hq/region-applications";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9._-]+)");
    private static TcpProxy keycloak;

    @Inject
    FormTokens formTokens;

    @Override
    public Map<String, String> getProperties() {
        KeycloakFixture fixture = KeycloakFixture.get();
        keycloak = new TcpProxy(URI.create(fixture.url()).getPort());
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.keycloak.url", "http://127.0.0.1:" + keycloak.port());
        properties.put("noren.mail.port", String.valueOf(fixture.mail().port()));
        properties.put("noren.onboarding.applications-per-hour", "1000");
        return properties;
    }

    @AfterAll
    void closeProxy() {
        keycloak.close();
    }

    private Api hq() {
        return api().as(TestTokens.sign("hq", List.of("hq"), List.of(), issuer()));
    }

    private Api adminOf(String code) {
        return api().as(TestTokens.sign(code + "-first", List.of("region-admin"), List.of(code), issuer()));
    }

    private static String issuer() {
        return "http://127.0.0.1:" + keycloak.port() + "/realms/mimamo";
    }

    static String uniqueCode(String stem) {
        StringBuilder code = new StringBuilder(stem).append('-');
        for (int i = 0; i < 5; i++) {
            code.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    String application(String code, String email, String partners) {
        return """
                {"regionName":"ひので見守りネットワーク","code":"%s","municipality":"東京都日の出町","organiserName":"山田 花子",
                 "organiserEmail":"%s","organisation":"日の出町地域包括支援センター","partners":%s,"expectedCentres":2,
                 "message":"よろしくお願いします","agreedToTerms":true,"formToken":"%s","website":""}"""
                .formatted(code, email, partners, formTokens.issue(Instant.now().minusSeconds(60)));
    }

    static final String THREE_PARTNERS = """
            [{"name":"日の出病院","role":"medical"},{"name":"ひので介護サービス","role":"care"},{"name":"日の出商店会","role":"shopping-street"}]""";

    static String lastLink(String to, String path) {
        List<MimeMessage> mail = KeycloakFixture.get().mail().received();
        for (int i = mail.size() - 1; i >= 0; i--) {
            try {
                if (mail.get(i).getAllRecipients()[0].toString().equals(to)) {
                    String text = LocalMailServer.text(mail.get(i));
                    if (text.contains(path)) {
                        Matcher m = TOKEN.matcher(text);
                        assertThat(m.find()).isTrue();
                        return m.group(1);
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + to + " with " + path);
    }

    static long mailsTo(String to) {
        return KeycloakFixture.get().mail().received().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    /** Applies and confirms the email; returns the application as head office sees it. */
    JsonNode appliedAndVerified(String code, String email) {
        Api.Reply applied = api().post(PUBLIC + "/applications", application(code, email, THREE_PARTNERS));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(202);
        Api.Reply verified = api().post(PUBLIC + "/verify", "{\"token\":\"" + lastLink(email, "/apply/verify") + "\"}");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return verified.json();
    }

    @Test
    void anOrganiserAppliesHeadOfficeApprovesAndTheFirstAdminAcceptsOnce() throws Exception {
        String code = uniqueCode("hinode");
        String email = code + "@mimamo.example";
        Api.Reply applied = api().post(PUBLIC + "/applications", application(code.toUpperCase(Locale.ROOT), email, THREE_PARTNERS));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(202);
        assertThat(hq().get(QUEUE).body()).as("unverified applications are not in the queue").doesNotContain(code);

        String verification = lastLink(email, "/apply/verify");
        Api.Reply verified = api().post(PUBLIC + "/verify", "{\"token\":\"" + verification + "\"}");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("code").getStringValue()).as("normalised to lowercase").isEqualTo(code);
        long id = verified.json().get("id").getLongValue();

        Api.Reply replayed = api().post(PUBLIC + "/verify", "{\"token\":\"" + verification + "\"}");
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.json().get("detail").getStringValue()).contains("既に使われています");
        assertThat(hq().get(QUEUE).body().split("\"code\":\"" + code + "\"", -1)).as("one application").hasSize(2);

        Api.Reply approved = hq().post(QUEUE + "/" + id + "/approve", "{\"version\":" + verified.json().get("version").getIntValue() + "}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(states(approved.json())).containsExactly("region:done", "keychain-prefix:done", "organization:done", "invitation:done");
        assertThat(regions.find(code)).isPresent();
        assertThat(mailsTo(email)).isEqualTo(2);

        Api.Reply again = hq().post(QUEUE + "/" + id + "/approve", "{}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).as("re-running approval changes nothing").isEqualTo(approved.body());
        assertThat(mailsTo(email)).isEqualTo(2);

        String invitation = lastLink(email, "/invitation");
        Api.Reply shown = api().get(PUBLIC + "/invitations?token=" + URLEncoder.encode(invitation, StandardCharsets.UTF_8));
        assertThat(shown.json().get("regionCode").getStringValue()).isEqualTo(code);
        assertThat(api().post(PUBLIC + "/invitations/accept", "{\"token\":\"" + invitation + "\",\"password\":\"short\"}").status())
                .isEqualTo(400);
        Api.Reply accepted = api().post(PUBLIC + "/invitations/accept", "{\"token\":\"" + invitation + "\",\"password\":\"hinode-first-admin\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        Api.Reply twice = api().post(PUBLIC + "/invitations/accept", "{\"token\":\"" + invitation + "\",\"password\":\"another-password-1\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").getStringValue()).contains("既に受け付け済み");

        var grant = KeycloakFixture.get().passwordGrant(email, "hinode-first-admin");
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(200);
        String claims = claimsOf(grant.body());
        assertThat(claims).contains("\"" + code + "\"").contains("region-admin");
        assertThat(KeycloakFixture.get().passwordGrant(email, "another-password-1").statusCode()).isEqualTo(401);

        JsonNode checklist = adminOf(code).get("/api/v1/regions/" + code + "/launch-checklist").json();
        assertThat(checklist.get("total").getIntValue()).isEqualTo(5);
        assertThat(checklist.get("done").getIntValue()).isZero();
        assertThat(checklist.get("partners").size()).isEqualTo(3);
        JsonNode partner = checklist.get("partners").get(0);
        JsonNode ticked = adminOf(code).put("/api/v1/regions/" + code + "/launch-checklist/partners/" + partner.get("id").getLongValue(),
                "{\"done\":true,\"version\":" + partner.get("version").getIntValue() + "}").json();
        assertThat(ticked.get("items").get(0).get("detail").getStringValue()).isEqualTo("1/3");
        assertThat(adminOf(code).put("/api/v1/regions/" + code + "/launch-checklist/partners/" + partner.get("id").getLongValue(),
                "{\"done\":true,\"version\":" + partner.get("version").getIntValue() + "}").status()).as("stale").isEqualTo(409);
        JsonNode consent = adminOf(code).put("/api/v1/regions/" + code + "/launch-checklist/consent-form", "{\"done\":true}").json();
        assertThat(consent.get("done").getIntValue()).isEqualTo(1);
        assertThat(adminOf(code).get("/api/v1/regions/" + code + "/sponsor-categories").status())
                .as("the new region sees head office's shared categories").isEqualTo(200);
        assertThat(adminOf(code).get("/api/v1/regions/" + code + "/sponsor-categories").json().size()).isPositive();
    }

    @Test
    void keycloakDownDuringProvisioningLeavesAFailedStepThatARetryFinishes() {
        String code = uniqueCode("kdown");
        long id = appliedAndVerified(code, code + "@mimamo.example").get("id").getLongValue();
        keycloak.cut();
        JsonNode failed;
        try {
            failed = hq().post(QUEUE + "/" + id + "/approve", "{}").json();
        } finally {
            keycloak.restore();
        }
        assertThat(states(failed)).containsExactly("region:done", "keychain-prefix:done", "organization:failed", "invitation:pending");
        assertThat(failed.get("steps").get(2).get("error").getStringValue()).contains("Keycloak");
        assertThat(hq().get(QUEUE).body()).as("visible in the queue").contains(code);
        JsonNode retried = hq().post(QUEUE + "/" + id + "/retry", "{}").json();
        assertThat(states(retried)).containsExactly("region:done", "keychain-prefix:done", "organization:done", "invitation:done");
        assertThat(retried.get("steps").get(0).get("attempts").getIntValue()).as("done steps are not run again").isEqualTo(1);
    }

    @Test
    void mailDownDuringProvisioningLeavesTheInvitationFailedAndARetrySendsIt() {
        String code = uniqueCode("mdown");
        String email = code + "@mimamo.example";
        long id = appliedAndVerified(code, email).get("id").getLongValue();
        KeycloakFixture.get().stopMail();
        JsonNode failed;
        try {
            failed = hq().post(QUEUE + "/" + id + "/approve", "{}").json();
        } finally {
            KeycloakFixture.get().startMail();
        }
        assertThat(states(failed)).containsExactly("region:done", "keychain-prefix:done", "organization:done", "invitation:failed");
        assertThat(failed.get("steps").get(3).get("error").getStringValue()).contains("招待メールを送信できませんでした");
        JsonNode retried = hq().post(QUEUE + "/" + id + "/retry", "{}").json();
        assertThat(states(retried)).endsWith("invitation:done");
        assertThat(lastLink(email, "/invitation")).isNotBlank();
    }

    @Test
    void codesThatClashInCaseOrWidthAreReservedOrMalformedAreRefusedPerField() {
        assertThat(codeError("ＹＡＭＡＴＯ")).contains("既に使われている");
        assertThat(codeError("Yamato")).contains("既に使われている");
        assertThat(codeError("admin")).contains("システムで使う");
        assertThat(codeError("ＫＥＹＣＬＯＡＫ")).contains("システムで使う");
        assertThat(codeError("ab")).contains("3〜20文字");
        assertThat(codeError("ota_ku")).contains("3〜20文字");
        assertThat(codeError("1ota")).contains("英小文字で始め");
        String pending = uniqueCode("pend");
        appliedAndVerified(pending, pending + "@mimamo.example");
        assertThat(codeError(pending.toUpperCase(Locale.ROOT))).as("a pending application holds its code").contains("申込み中");
    }

    @Test
    void anApplicationNeedsThreePartnersWithDifferentRolesAndAgreement() {
        String code = uniqueCode("few");
        Api.Reply twoRoles = api().post(PUBLIC + "/applications", application(code, code + "@mimamo.example", """
                [{"name":"A病院","role":"medical"},{"name":"B病院","role":"medical"},{"name":"C商店会","role":"shopping-street"}]"""));
        assertThat(twoRoles.status()).isEqualTo(400);
        assertThat(fieldError(twoRoles, "partners")).contains("役割の異なる3つ以上");
        Api.Reply none = api().post(PUBLIC + "/applications", application(code, code + "@mimamo.example", "[]")
                .replace("\"agreedToTerms\":true", "\"agreedToTerms\":false"));
        assertThat(fieldError(none, "partners")).contains("3つ以上");
        assertThat(fieldError(none, "agreedToTerms")).contains("同意");
        assertThat(mailsTo(code + "@mimamo.example")).isZero();
    }

    @Test
    void aBotIsRefusedByTheHiddenFieldAndByFillingTheFormTooFast() {
        String code = uniqueCode("bot");
        Api.Reply honeypot = api().post(PUBLIC + "/applications",
                application(code, code + "@mimamo.example", THREE_PARTNERS).replace("\"website\":\"\"", "\"website\":\"http://spam\""));
        assertThat(honeypot.status()).isEqualTo(400);
        String fresh = application(code, code + "@mimamo.example", THREE_PARTNERS)
                .replaceAll("\"formToken\":\"[^\"]+\"", "\"formToken\":\"" + formTokens.issue(Instant.now()) + "\"");
        Api.Reply tooFast = api().post(PUBLIC + "/applications", fresh);
        assertThat(tooFast.status()).isEqualTo(400);
        assertThat(tooFast.json().get("detail").getStringValue()).contains("早すぎます");
        Api.Reply forged = api().post(PUBLIC + "/applications",
                application(code, code + "@mimamo.example", THREE_PARTNERS).replaceAll("\"formToken\":\"[^\"]+\"", "\"formToken\":\"1.x.y\""));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(mailsTo(code + "@mimamo.example")).isZero();
    }

    @Test
    void headOfficeAsksForChangesTheOrganiserResubmitsOnceOrRejects() {
        String code = uniqueCode("change");
        String email = code + "@mimamo.example";
        JsonNode submitted = appliedAndVerified(code, email);
        long id = submitted.get("id").getLongValue();
        assertThat(hq().post(QUEUE + "/" + id + "/request-changes", "{\"message\":\"\"}").status()).isEqualTo(400);
        Api.Reply asked = hq().post(QUEUE + "/" + id + "/request-changes", "{\"message\":\"連携団体に行政を加えてください。\"}");
        assertThat(asked.json().get("status").getStringValue()).isEqualTo("changes-requested");
        String edit = lastLink(email, "/apply/edit");
        String query = "?token=" + URLEncoder.encode(edit, StandardCharsets.UTF_8);
        assertThat(api().get(PUBLIC + "/applications/edit" + query).json().get("reviewMessage").getStringValue()).contains("行政");
        String changed = application(code, email, """
                [{"name":"日の出病院","role":"medical"},{"name":"日の出町役場","role":"government"},{"name":"日の出商店会","role":"shopping-street"}]""");
        Api.Reply resubmitted = api().put(PUBLIC + "/applications/edit" + query, changed);
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        assertThat(resubmitted.json().get("status").getStringValue()).isEqualTo("submitted");
        assertThat(resubmitted.body()).contains("\"government\"");
        assertThat(api().put(PUBLIC + "/applications/edit" + query, changed).status()).as("the edit link is single use").isEqualTo(409);

        Api.Reply rejected = hq().post(QUEUE + "/" + id + "/reject", "{\"message\":\"今回は見送ります。\"}");
        assertThat(rejected.json().get("status").getStringValue()).isEqualTo("rejected");
        assertThat(lastMailText(email)).contains("今回は見送ります。");
        assertThat(hq().post(QUEUE + "/" + id + "/approve", "{}").status()).isEqualTo(409);
        assertThat(api().as(TestTokens.sign("yamato-admin", List.of("region-admin"), List.of("yamato"), issuer())).get(QUEUE).status()).as("head office only").isEqualTo(403);
    }

    @Test
    void aSuspendedRegionsPeopleAreRefusedInJapaneseAndTheirDataIsKept() {
        String code = uniqueCode("susp");
        long id = appliedAndVerified(code, code + "@mimamo.example").get("id").getLongValue();
        hq().post(QUEUE + "/" + id + "/approve", "{}");
        assertThat(adminOf(code).get("/api/v1/regions/" + code + "/launch-checklist").status()).isEqualTo(200);
        assertThat(hq().post("/api/v1/hq/regions/" + code + "/suspend", "{}").status()).isEqualTo(204);
        Api.Reply refused = adminOf(code).get("/api/v1/regions/" + code + "/launch-checklist");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").getStringValue()).contains("利用停止中");
        assertThat(hq().post("/api/v1/hq/regions/" + code + "/reactivate", "{}").status()).isEqualTo(204);
        assertThat(adminOf(code).get("/api/v1/regions/" + code + "/launch-checklist").json().get("partners").size()).isEqualTo(3);
        assertThat(hq().post("/api/v1/hq/regions/no-such-region/suspend", "{}").status()).isEqualTo(404);
    }

    String lastMailText(String to) {
        List<MimeMessage> mail = KeycloakFixture.get().mail().received();
        for (int i = mail.size() - 1; i >= 0; i--) {
            try {
                if (mail.get(i).getAllRecipients()[0].toString().equals(to)) {
                    return LocalMailServer.text(mail.get(i));
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + to);
    }

    private String codeError(String code) {
        Api.Reply reply = api().post(PUBLIC + "/applications", application(code, "x-" + ThreadLocalRandom.current().nextInt(1_000_000)
                + "@mimamo.example", THREE_PARTNERS));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return fieldError(reply, "code");
    }

    static String fieldError(Api.Reply reply, String field) {
        for (JsonNode error : reply.json().get("errors").values()) {
            if (field.equals(error.get("field").getStringValue())) {
                return error.get("message").getStringValue();
            }
        }
        throw new AssertionError("No error for " + field + " in " + reply);
    }

    static List<String> states(JsonNode application) {
        List<String> states = new java.util.ArrayList<>();
        application.get("steps").values().forEach(s -> states.add(s.get("step").getStringValue() + ":" + s.get("state").getStringValue()));
        return states;
    }

    private static String claimsOf(String grant) {
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(grant);
        assertThat(m.find()).isTrue();
        return new String(Base64.getUrlDecoder().decode(m.group(1).split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
