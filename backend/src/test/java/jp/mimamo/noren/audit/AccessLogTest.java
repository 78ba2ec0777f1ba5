package jp.mimamo.noren.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.devstack.EmbeddedDatabase;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The access log cannot be rewritten by anyone, and the region admin can take it away as a file. */
@MicronautTest
class AccessLogTest extends ApiTestBase {
    private static final String REGION = "audit-town";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private RegistryWorld world;
    private long registrant;

    @BeforeAll
    void aRegistrantWhoseRecordWasRead() {
        regions.ensure(new Region(REGION, "記録町", "Audit Town"));
        world = RegistryWorld.in(api(), REGION);
        registrant = world.register(RegistrantFixtures.aResident());
        world.staff().get(world.path("/registrants/" + registrant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"update access_log set username = 'someone else'", "delete from access_log",
            "truncate access_log", "update access_log set purpose = 'x' where region_id = 'audit-town'"})
    void theAppRoleCannotChangeOrRemoveAnEntry(String sql) throws SQLException {
        long before = AccessLogRows.count(REGION);
        try (Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP); Statement st = app.createStatement()) {
            app.setAutoCommit(false);
            st.execute("select set_config('app.region_id', '" + REGION + "', true)");
            assertThatThrownBy(() -> st.execute(sql)).hasMessageContaining("permission denied");
            app.rollback();
        }
        assertThat(AccessLogRows.count(REGION)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"update access_log set username = 'someone else'", "delete from access_log where region_id = 'audit-town'",
            "truncate access_log"})
    void evenTheOwnerAndSuperusersAreRefusedByTheTrigger(String sql) throws SQLException {
        long before = AccessLogRows.count(REGION);
        try (Connection superuser = TestDatabase.get().superuser("noren"); Statement st = superuser.createStatement()) {
            assertThatThrownBy(() -> st.execute(sql)).hasMessageContaining("append-only");
        }
        try (Connection owner = TestDatabase.get().connect(EmbeddedDatabase.OWNER); Statement st = owner.createStatement()) {
            owner.setAutoCommit(false);
            st.execute("select set_config('app.region_id', '" + REGION + "', true)");
            assertThatThrownBy(() -> st.execute(sql)).hasMessageContaining("append-only");
            owner.rollback();
        }
        assertThat(AccessLogRows.count(REGION)).isEqualTo(before);
    }

    @Test
    void theAppRoleMayOnlyAddEntriesToItsOwnRegion() throws SQLException {
        try (Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP); Statement st = app.createStatement()) {
            app.setAutoCommit(false);
            st.execute("select set_config('app.region_id', '" + REGION + "', true)");
            assertThatThrownBy(() -> st.execute("insert into access_log (region_id, username, action, access)"
                    + " values ('yamato', 'forger', 'read', 'full')")).hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void theAdminExportsAPeriodAsCsvWithJapaneseHeadingsAndTheExportIsLoggedToo() throws Exception {
        HttpResponse<byte[]> response = export("from=" + TODAY.minusDays(1) + "&to=" + TODAY + "&format=csv", TestTokens.regionAdmin(REGION));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF日時,ユーザー名,氏名,役割,センター,登録者ID,操作");
        assertThat(csv).contains(REGION + "-staff").contains("閲覧").contains("全項目").contains(String.valueOf(registrant))
                .contains("大森地域包括支援センター");
        assertThat(csv).doesNotContain(RegistrantFixtures.NAME).doesNotContain(RegistrantFixtures.ADDRESS);
        assertThat(AccessLogRows.since(REGION, 0)).last().satisfies(row -> {
            assertThat(row.action()).isEqualTo("export");
            assertThat(row.username()).isEqualTo(REGION + "-admin");
        });
    }

    @Test
    void theExportIsAnXlsxFileByDefault() throws Exception {
        HttpResponse<byte[]> response = export("from=" + TODAY + "&to=" + TODAY, TestTokens.regionAdmin(REGION));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void onlyTheAdminExportsAndOnlyForAPeriodOfAtMostAYear() throws Exception {
        assertThat(export("from=" + TODAY + "&to=" + TODAY, TestTokens.centreStaff(REGION)).statusCode()).isEqualTo(403);
        assertThat(export("from=" + TODAY + "&to=" + TODAY.minusDays(1), TestTokens.regionAdmin(REGION)).statusCode()).isEqualTo(400);
        assertThat(export("from=" + TODAY.minusYears(2) + "&to=" + TODAY, TestTokens.regionAdmin(REGION)).statusCode()).isEqualTo(400);
        assertThat(export("to=" + TODAY, TestTokens.regionAdmin(REGION)).statusCode()).isEqualTo(400);
        assertThat(export("from=yesterday&to=" + TODAY, TestTokens.regionAdmin(REGION)).statusCode()).isEqualTo(400);
    }

    private HttpResponse<byte[]> export(String query, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + world.path("/access-log/export?" + query)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aReadThatFindsNothingLeavesNoEntry() {
        long before = AccessLogRows.lastId(REGION);
        Api.Reply missing = world.staff().get(world.path("/registrants/99999999"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(AccessLogRows.since(REGION, before)).isEmpty();
    }

    @Test
    void whenTheEntryCannotBeWrittenNothingIsShown() throws SQLException {
        try (Connection superuser = TestDatabase.get().superuser("noren"); Statement st = superuser.createStatement()) {
            st.execute("revoke insert on access_log from " + EmbeddedDatabase.APP);
            try {
                Api.Reply reply = world.staff().get(world.path("/registrants/" + registrant));
                assertThat(reply.status()).isEqualTo(500);
                assertThat(reply.body()).doesNotContain(RegistrantFixtures.NAME).doesNotContain("ペニシリン");
            } finally {
                st.execute("grant insert on access_log to " + EmbeddedDatabase.APP);
            }
        }
        assertThat(world.staff().get(world.path("/registrants/" + registrant)).status()).isEqualTo(200);
    }
}
