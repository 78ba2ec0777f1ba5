package jp.mimamo.noren.shared;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.seminars.SeminarFixtures;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is answered with a 4xx problem document in the caller's language, and changes nothing. */
@MicronautTest
class BadInputTest extends ApiTestBase {
    private static final String SPONSORS = "/api/v1/regions/yamato/sponsors";
    private long sponsorId;
    private long publicSessionId;

    @BeforeAll
    void aSponsorToEdit() {
        ensureRegions();
        sponsorId = yamato().post(SPONSORS, SponsorFixtures.aHospital().with("name", "入力検証病院").json()).json().get("id").getLongValue();
        long seminar = yamato().post("/api/v1/regions/yamato/seminars", SeminarFixtures.aMonthlySeminar().with("title", "入力検証の講座").json(json))
                .json().get("id").getLongValue();
        publicSessionId = yamato().get("/api/v1/regions/yamato/seminars/" + seminar).json().get("sessions").get(0).get("id").getLongValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "not json at all", "[1,2,3]", "{\"name\": \"a\",}"})
    void malformedJsonIsA400(String body) throws SQLException {
        assertRejected(() -> yamato().post(SPONSORS, body), 400, "malformed-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"joinedOn\": \"2024-13-45\"}", "{\"contacts\": \"x\"}",
            "{\"name\": {\"nested\": true}}", "{\"contacts\": [1, 2]}"})
    void wrongTypesAreA400(String body) throws SQLException {
        assertRejected(() -> yamato().post(SPONSORS, body), 400, "malformed-request");
    }

    @Test
    void aWrongTypeInTheVersionIsA400() throws SQLException {
        assertRejected(() -> yamato().put(SPONSORS + "/" + sponsorId, "{\"version\": \"abc\"}"), 400, "malformed-request");
    }

    @Test
    void aTenMegabyteStringIsA413() throws SQLException {
        String huge = "あ".repeat(10 * 1024 * 1024 / 3);
        assertRejected(() -> yamato().post(SPONSORS, SponsorFixtures.aHospital().with("notes", huge).json()), 413, "payload-too-large");
    }

    @Test
    void aLongButSmallStringIsAValidationError() throws SQLException {
        Api.Reply reply = assertRejected(() -> yamato().post(SPONSORS, SponsorFixtures.aHospital().with("notes", "長".repeat(5000)).json()), 400, "validation");
        assertThat(reply.json().get("errors").get(0).get("field").getStringValue()).isEqualTo("notes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "12-34567", "abc-defg", "143-00234", "〒143-0023x"})
    void invalidPostalCodesAreNamedInJapanese(String postalCode) throws SQLException {
        Api.Reply reply = assertRejected(() -> yamato().post(SPONSORS, SponsorFixtures.aHospital().with("postalCode", postalCode).json()), 400, "validation");
        assertThat(reply.json().get("errors").get(0).get("field").getStringValue()).isEqualTo("postalCode");
        assertThat(reply.json().get("errors").get(0).get("message").getStringValue()).contains("郵便番号");
    }

    @Test
    void anUnknownCategoryIsRejectedInEnglishWhenAskedFor() throws SQLException {
        Api.Reply reply = assertRejected(() -> yamato().inLanguage("en").post(SPONSORS, SponsorFixtures.aHospital().with("categoryCode", "casino").json()), 400, "validation");
        assertThat(reply.json().get("title").getStringValue()).isEqualTo("Some fields need attention");
        assertThat(reply.json().get("errors").get(0).get("message").getStringValue()).isEqualTo("The category \"casino\" does not exist");
    }

    @Test
    void aReadingInKanjiIsRejected() throws SQLException {
        assertRejected(() -> yamato().post(SPONSORS, SponsorFixtures.aHospital().with("nameKana", "山王病院").json()), 400, "validation");
    }

    @Test
    void aStaleVersionIsA409() throws SQLException {
        yamato().put(SPONSORS + "/" + sponsorId, SponsorFixtures.aHospital().with("name", "入力検証病院").with("notes", "一回目").with("version", 0).json());
        assertRejected(() -> yamato().put(SPONSORS + "/" + sponsorId,
                SponsorFixtures.aHospital().with("notes", "古い版からの更新").with("version", 0).json()), 409, "stale-version");
    }

    @Test
    void aMissingVersionIsAValidationError() throws SQLException {
        assertRejected(() -> yamato().put(SPONSORS + "/" + sponsorId, SponsorFixtures.aHospital().json()), 400, "validation");
    }

    @Test
    void anotherContentTypeIsA415() throws SQLException {
        assertRejected(() -> yamato().send("POST", SPONSORS, "name=x", "text/plain"), 415, "unsupported-media-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?page=-1", "?size=1000", "?sort=password", "?status=deleted", "?dir=sideways"})
    void badListParametersAreA400(String query) {
        Api.Reply reply = yamato().get(SPONSORS + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void aNonNumericIdIsA400AndAnUnknownOneA404() {
        assertThat(yamato().get(SPONSORS + "/abc").status()).isEqualTo(400);
        Api.Reply missing = yamato().get(SPONSORS + "/99999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("title").getStringValue()).isEqualTo("見つかりません");
    }

    @Test
    void noTokenIsA401Problem() {
        Api.Reply reply = api().get(SPONSORS);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        Api.Reply reply = yamato().get("/api/v1/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "[1,2,3]", "{\"answers\": \"x\"}", "{\"name\": {\"nested\": true}}"})
    void malformedPublicApplicationsAreA400AndRecordNothing(String body) throws SQLException {
        assertPublicRejected(() -> api().post(publicApplication(String.valueOf(publicSessionId)), body), 400, "malformed-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"consent\": \"yes please\"}", "{\"answers\": {\"q\": [1]}}", "{}"})
    void publicApplicationsWithoutAValidFormAreA400AndRecordNothing(String body) throws SQLException {
        assertPublicRejected(() -> api().post(publicApplication(String.valueOf(publicSessionId)), body), 400, "validation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-45", "abc", "1%20or%201=1"})
    void aSessionThatIsNoNumberIsA400OnThePublicForm(String session) throws SQLException {
        assertPublicRejected(() -> api().post(publicApplication(session), "{}"), 400, "malformed-request");
    }

    @Test
    void anOversizedPublicApplicationIsA413() throws SQLException {
        String big = "{\"name\": \"" + "あ".repeat(4000) + "\", \"consent\": true}";
        assertPublicRejected(() -> api().post(publicApplication(String.valueOf(publicSessionId)), big), 413, "payload-too-large");
        String huge = "{\"name\": \"" + "あ".repeat(10 * 1024 * 1024 / 3) + "\"}";
        assertPublicRejected(() -> api().post(publicApplication(String.valueOf(publicSessionId)), huge), 413, "payload-too-large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yamato'%20or%20'1'='1", "yamato%3Bdrop%20table%20seminars", "..%2Fkishiwada"})
    void anInjectedRegionCodeOnThePublicPageIsA404(String region) throws SQLException {
        assertPublicRejected(() -> api().get("/api/v1/public/regions/" + region + "/events"), 404, "not-found");
        assertPublicRejected(() -> api().post("/api/v1/public/regions/" + region + "/events/" + publicSessionId + "/applications",
                "{\"name\": \"x\"}"), 404, "not-found");
    }

    @Test
    void anInjectedNameWithoutAValidTokenIsRefusedInJapanese() throws SQLException {
        String body = "{\"name\": \"'); delete from seminar_registrations; --\", \"nameKana\": \"<script>alert(1)</script>\","
                + " \"phone\": \"03-0000-0000\", \"consent\": true, \"formToken\": \"x'--\"}";
        Api.Reply reply = assertPublicRejected(() -> api().post(publicApplication(String.valueOf(publicSessionId)), body), 400, "validation");
        assertThat(reply.json().get("detail").getStringValue()).contains("ページを読み込み直して");
    }

    private Api.Reply assertPublicRejected(Supplier<Api.Reply> call, int status, String type) throws SQLException {
        long before = registrations();
        Api.Reply reply = assertRejected(call, status, type);
        assertThat(registrations()).isEqualTo(before);
        return reply;
    }

    private static String publicApplication(String session) {
        return "/api/v1/public/regions/yamato/events/" + session + "/applications";
    }

    private static long registrations() throws SQLException {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from seminar_registrations")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Api.Reply assertRejected(Supplier<Api.Reply> call, int status, String type) throws SQLException {
        String before = snapshot();
        Api.Reply reply = call.get();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.json().get("type").getStringValue()).endsWith("/" + type);
        assertThat(reply.body()).doesNotContainIgnoringCase("sql").doesNotContain("Exception").doesNotContain("jp.mimamo");
        assertThat(snapshot()).isEqualTo(before);
        return reply;
    }

    private static String snapshot() throws SQLException {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) || '/' || coalesce(sum(version), 0) || '/' || "
                     + "(select count(*) from sponsor_history) from sponsors")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
