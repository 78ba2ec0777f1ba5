package jp.mimamo.noren.registrants;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.audit.AccessLogRows;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the registry is a 4xx problem in Japanese and writes nothing, except the access-log entry of a
 * number that was looked up and refused.
 */
@MicronautTest
class RegistryBadInputTest extends ApiTestBase {
    private static final String REGION = "bad-input-town";
    private RegistryWorld world;
    private long registrant;
    private String number;

    @BeforeAll
    void aRegistrantWithAKeychain() {
        regions.ensure(new Region(REGION, "入力検証町", "Bad Input Town"));
        world = RegistryWorld.in(api(), REGION);
        registrant = world.register(RegistrantFixtures.aResident());
        number = world.issueKeychain(registrant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "not json", "[1,2]", "{\"birthDate\": \"1940-13-45\"}", "{\"connections\": \"x\"}",
            "{\"consent\": [1]}", "{\"centreId\": \"abc\"}", "{\"medical\": {\"conditions\": {\"a\": 1}}}"})
    void malformedBodiesAreA400(String body) throws SQLException {
        assertRejected(() -> world.staff().post(world.path("/registrants"), body), 400, "malformed-request", 0);
    }

    @Test
    void aTenMegabyteNoteIsA413() throws SQLException {
        String huge = "あ".repeat(10 * 1024 * 1024 / 3);
        assertRejected(() -> world.staff().post(world.path("/registrants"), RegistrantFixtures.aResident().with("livingNotes", huge).json()),
                413, "payload-too-large", 0);
    }

    @Test
    void oversizedFieldsAndTooManyConnectionsAreNamed() throws SQLException {
        List<Map<String, Object>> connections = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            connections.add(Map.of("kind", "friend", "name", "友人" + i));
        }
        Api.Reply reply = assertRejected(() -> world.staff().post(world.path("/registrants"), RegistrantFixtures.aResident()
                .with("name", "長".repeat(101)).with("medical", Map.of("conditions", "病".repeat(1001)))
                .with("connections", connections).json()), 400, "validation", 0);
        assertThat(reply.json().get("errors").values()).extracting(e -> e.get("field").getStringValue())
                .containsExactly("name", "medical.conditions", "connections");
        assertThat(reply.json().get("errors").get(0).get("message").getStringValue()).isEqualTo("100文字以内で入力してください");
    }

    @Test
    void missingIdentityAndConsentAreNamedInJapanese() throws SQLException {
        Api.Reply reply = assertRejected(() -> world.staff().post(world.path("/registrants"), "{}"), 400, "validation", 0);
        assertThat(reply.json().get("errors").values()).extracting(e -> e.get("field").getStringValue())
                .contains("name", "nameKana", "birthDate", "sex", "address", "livingSituation", "consent.formVersion", "consent.consentedOn");
        assertThat(reply.json().get("errors").get(0).get("message").getStringValue()).isEqualTo("入力してください");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sex:unknown", "livingSituation:castle", "careLevel:care-9", "nameKana:山田", "phone:12345",
            "postalCode:abc-defg", "birthDate:1899-12-31", "birthDate:2999-01-01"})
    void invalidValuesAreRefused(String fieldAndValue) throws SQLException {
        String[] parts = fieldAndValue.split(":", 2);
        Api.Reply reply = assertRejected(() -> world.staff().post(world.path("/registrants"),
                RegistrantFixtures.aResident().with(parts[0], parts[1]).json()), 400, "validation", 0);
        assertThat(reply.json().get("errors").get(0).get("field").getStringValue()).isEqualTo(parts[0]);
    }

    @Test
    void anUnknownDisclosureRecipientOrConnectionKindIsRefused() throws SQLException {
        assertRejected(() -> world.staff().post(world.path("/registrants"), RegistrantFixtures.aResident()
                .with("consent", Map.of("formVersion", "v1", "consentedOn", "2025-01-01", "discloseTo", List.of("newspaper"))).json()),
                400, "validation", 0);
        assertRejected(() -> world.staff().post(world.path("/registrants"), RegistrantFixtures.aResident()
                .with("connections", List.of(Map.of("kind", "enemy", "name", "x"))).json()), 400, "validation", 0);
    }

    @Test
    void aMissingVersionAndAStaleOneAreRefused() throws SQLException {
        assertRejected(() -> world.staff().put(world.path("/registrants/" + registrant), RegistrantFixtures.aResident().json()),
                400, "validation", 0);
        assertRejected(() -> world.staff().put(world.path("/registrants/" + registrant),
                RegistrantFixtures.aResident().with("version", 99).json()), 409, "stale-version", 0);
        assertRejected(() -> world.staff().post(world.path("/registrants/" + registrant + "/status"),
                "{\"status\":\"vanished\",\"effectiveOn\":\"2026-01-01\",\"reason\":\"x\",\"version\":0}"), 400, "validation", 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KEY-1234", "'%3B%20drop%20table%20keychains%3B--", "%3Cscript%3E", "KEY12345678901234567890"})
    void malformedNumbersAreRefusedAndOnlyTheAttemptIsLogged(String typed) throws SQLException {
        Api.Reply reply = assertRejected(() -> world.staff().get(world.path("/keychains/" + typed)), 400, "validation", 1);
        assertThat(reply.json().get("errors").get(0).get("message").getStringValue()).contains("登録番号の形式");
    }

    @Test
    void aWrongCheckDigitIsRefusedAndOnlyTheAttemptIsLogged() throws SQLException {
        int check = number.charAt(number.length() - 1) - '0';
        String typo = number.substring(0, number.length() - 1) + (check + 1) % 10;
        Api.Reply reply = assertRejected(() -> world.staff().get(world.path("/keychains/" + typo)), 400, "validation", 1);
        assertThat(reply.json().get("errors").get(0).get("message").getStringValue()).contains("確認数字");
    }

    @Test
    void aMalformedNumberInARevocationWritesNothing() throws SQLException {
        assertRejected(() -> world.staff().post(world.path("/registrants/" + registrant + "/keychains/KEY-1/revoke"),
                "{\"reason\":\"lost\",\"reissue\":true}"), 400, "validation", 0);
        assertRejected(() -> world.staff().post(world.path("/registrants/" + registrant + "/keychains/" + number + "/revoke"),
                "{\"reason\":\"stolen by aliens\"}"), 400, "validation", 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?status=deleted", "?size=1000", "?page=-1", "?centre=abc"})
    void badListParametersAreA400(String query) throws SQLException {
        assertRejected(() -> world.staff().get(world.path("/registrants" + query)), 400, null, 0);
    }

    @Test
    void searchWordsThatLookLikeSqlAreJustWords() {
        String q = URLEncoder.encode("%' or 1=1 --", StandardCharsets.UTF_8);
        Api.Reply reply = world.staff().get(world.path("/registrants?q=" + q));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("items").values()).isEmpty();
    }

    @Test
    void aNonNumericIdIsA400AndAnUnknownOneA404() throws SQLException {
        assertRejected(() -> world.staff().get(world.path("/registrants/abc")), 400, null, 0);
        assertRejected(() -> world.staff().get(world.path("/registrants/99999999")), 404, "not-found", 0);
    }

    /** Checks the answer, that the registry did not change, and how many access-log entries the attempt left. */
    private Api.Reply assertRejected(Supplier<Api.Reply> call, int status, String type, int logged) throws SQLException {
        String before = snapshot();
        long logBefore = AccessLogRows.lastId(REGION);
        Api.Reply reply = call.get();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        if (type != null) {
            assertThat(reply.json().get("type").getStringValue()).endsWith("/" + type);
        }
        assertThat(reply.body()).doesNotContainIgnoringCase("sql").doesNotContain("Exception").doesNotContain("jp.mimamo");
        assertThat(snapshot()).isEqualTo(before);
        List<AccessLogRows.Row> rows = AccessLogRows.since(REGION, logBefore);
        assertThat(rows).hasSize(logged);
        rows.forEach(row -> assertThat(row.outcome()).isEqualTo("rejected"));
        return reply;
    }

    private static String snapshot() throws SQLException {
        String sql = "select (select count(*) || ':' || sum(version) from registrants where region_id = ?)"
                + " || '|' || (select count(*) from registrant_connections where region_id = ?)"
                + " || '|' || (select count(*) from registrant_status_changes where region_id = ?)"
                + " || '|' || (select count(*) || ':' || count(revoked_at) from keychains where region_id = ?)";
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= 4; i++) {
                ps.setString(i, REGION);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
