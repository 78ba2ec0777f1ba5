package jp.mimamo.noren.tenancy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.devstack.EmbeddedDatabase;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database's own guard, tested with raw SQL as the roles the application uses. */
@MicronautTest
class RowLevelSecurityTest extends ApiTestBase {

    @BeforeAll
    void bothRegionsHaveData() {
        regions.ensure(new Region("yamato", "大和", "Yamato"));
        regions.ensure(new Region("kishiwada", "岸和田", "Kishiwada"));
        var sponsor = yamato().post("/api/v1/regions/yamato/sponsors", SponsorFixtures.aHospital().json()).json();
        yamato().put("/api/v1/regions/yamato/sponsors/" + sponsor.get("id").getLongValue(),
                SponsorFixtures.aHospital().with("notes", "更新").with("version", 0).json());
        kishiwada().post("/api/v1/regions/kishiwada/sponsors", SponsorFixtures.aPharmacy().json());
        int year = jp.mimamo.noren.shared.FiscalYear.of(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))).startYear();
        yamato().put("/api/v1/regions/yamato/renewal-settings", "{\"unitFee\":10000,\"proration\":\"none\"}");
        yamato().post("/api/v1/regions/yamato/renewals/" + year + "/open", "{}");
        // No SMTP server listens in this test: the attempt is recorded as failed, which is a row all the same.
        yamato().post("/api/v1/regions/yamato/renewals/" + year + "/sends", "{\"step\":\"request\"}");
        String sponsorYear = "/api/v1/regions/yamato/sponsors/" + sponsor.get("id").getLongValue() + "/sponsorships/" + year;
        yamato().bytes("POST", "/api/v1/regions/yamato/seal", jp.mimamo.noren.support.TestImages.sealPng(), "image/png");
        yamato().put(sponsorYear, "{\"status\":\"renewed\",\"units\":1,\"version\":0}");
        yamato().post(sponsorYear + "/payment", "{\"paidOn\":\"" + year + "-05-01\",\"method\":\"cash\",\"amount\":10000,\"version\":1}");
        yamato().post(sponsorYear + "/invoice", "{}");
        yamato().post(sponsorYear + "/receipt", "{}");
        if (yamato().get("/api/v1/regions/yamato/document-templates/renewal-reminder").json().get("revision").getIntValue() == 0) {
            yamato().put("/api/v1/regions/yamato/document-templates/renewal-reminder/override",
                    "{\"subject\":\"{regionName}\",\"body\":\"大和の催促 {sponsorName}\",\"revision\":0}");
        }
        yamato().send("POST", "/api/v1/regions/yamato/roster/import/preview?fileName=roster.csv",
                "名称,フリガナ,カテゴリ,年度\r\n大和の病院,ヤマトノビョウイン,病院," + year + "\r\n", "text/csv");
        yamato().put("/api/v1/regions/yamato/roster/mapping", "{\"entries\":[{\"header\":\"会社名\",\"field\":\"name\"}]}");
        RegistryWorld registry = RegistryWorld.in(api(), "yamato");
        long registrant = registry.register(RegistrantFixtures.aResident());
        String number = registry.issueKeychain(registrant);
        registry.staff().get(registry.path("/registrants/" + registrant));
        yamatoHasABirthMonthUpdate(registry);
        yamatoRespondersLookTheNumberUp(number);
        registry.staff().bytes("PUT", registry.path("/registrants/" + registrant + "/photo"),
                jp.mimamo.noren.support.TestImages.sealJpeg(), "image/jpeg");
        yamato().send("POST", "/api/v1/regions/yamato/registry/import/preview?fileName=registry.csv",
                "氏名,フリガナ,生年月日,住所,センター,同意日,同意書の版\r\n大和 取込,ヤマト トリコミ,昭和20年1月1日,大和市1,"
                        + "大森地域包括支援センター,2025-06-01,v1\r\n", "text/csv");
        yamato().put("/api/v1/regions/yamato/registry-settings", "{\"withdrawalRetentionDays\":60}");
        yamato().put("/api/v1/regions/yamato/statistics/population", "{\"agedSixtyFivePlus\":60000}");
        yamatoHasASeminarWhoseWaitlistMovedUp();
        yamatoHasALaunchChecklist();
        yamato().put("/api/v1/regions/yamato/sponsor-categories/care/override", "{\"hidden\":true}");
    }

    /** The launch checklist's tick through the API; its partners come from onboarding, so one is written directly. */
    private void yamatoHasALaunchChecklist() {
        yamato().put("/api/v1/regions/yamato/launch-checklist/consent-form", "{\"done\":true}");
        try (Connection owner = TestDatabase.get().superuser("noren"); Statement st = owner.createStatement()) {
            st.execute("insert into launch_partners (region_id, name, role) values ('yamato', '大和市', 'government')");
            st.execute("insert into retired_keychain_numbers (region_id, number) values ('yamato', 'YMT123456780')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A registrant born this month, consented long ago: their update cycle opens and one contact is recorded. */
    private static void yamatoHasABirthMonthUpdate(RegistryWorld registry) {
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo"));
        long registrant = registry.register(RegistrantFixtures.aResident().with("name", "大和 誕生")
                .with("birthDate", now.minusYears(80).atDay(1).toString()));
        registry.staff().get(registry.path("/updates/worklist"));
        int version = registry.staff().get(registry.path("/registrants/" + registrant)).json().get("version").getIntValue();
        registry.staff().post(registry.path("/updates/contacts"), "{\"registrantId\":" + registrant + ",\"registrantVersion\":" + version
                + ",\"method\":\"phone\",\"outcome\":\"unreachable\"}");
    }

    /** An approved fire department's responder and, by break-glass, one of an organisation not yet approved. */
    private void yamatoRespondersLookTheNumberUp(String number) {
        String base = "/api/v1/regions/yamato/responder-organisations";
        long fire = yamato().post(base, "{\"name\":\"大和の消防\",\"kind\":\"fire\",\"phone\":\"046-261-0119\",\"approved\":true}")
                .json().get("id").getLongValue();
        long clinic = yamato().post(base, "{\"name\":\"大和の診療所\",\"kind\":\"hospital\",\"phone\":\"046-261-0000\"}")
                .json().get("id").getLongValue();
        yamato().put(base + "/" + fire + "/members/rls-firefighter", "{}");
        yamato().put(base + "/" + clinic + "/members/rls-doctor", "{}");
        String lookup = "{\"number\":\"" + number + "\",\"reason\":\"transport\",\"emergencyReason\":\"救急搬送の本人確認\"}";
        assertThat(api().as(jp.mimamo.noren.support.TestTokens.token("rls-firefighter", List.of("responder"), List.of("yamato")))
                .post("/api/v1/regions/yamato/lookups", lookup).status()).isEqualTo(200);
        assertThat(api().as(jp.mimamo.noren.support.TestTokens.token("rls-doctor", List.of("responder"), List.of("yamato")))
                .post("/api/v1/regions/yamato/lookups", lookup).status()).isEqualTo(200);
    }

    /** Every seminar table: a venue, a seminar with an organiser, a session, two people, a cancellation and its notice. */
    private void yamatoHasASeminarWhoseWaitlistMovedUp() {
        String base = "/api/v1/regions/yamato";
        long venue = yamato().post(base + "/seminar-venues", "{\"name\":\"大和の会館\"}").json().get("id").getLongValue();
        String day = java.time.LocalDate.now().plusDays(10).toString();
        long seminar = yamato().post(base + "/seminars", "{\"kind\":\"single\",\"title\":\"大和の講座\",\"capacity\":1,\"venueId\":" + venue
                + ",\"organisers\":[{\"name\":\"大和市\",\"role\":\"government\",\"part\":\"host\"}],"
                + "\"sessions\":[{\"startsAt\":\"" + day + "T10:00\",\"endsAt\":\"" + day + "T12:00\"}]}").json().get("id").getLongValue();
        String registrations = base + "/seminars/" + seminar + "/registrations";
        long first = yamato().post(registrations, "{\"participant\":{\"name\":\"大和 一子\",\"nameKana\":\"ヤマト イチコ\",\"phone\":\"046-000-0001\"}}")
                .json().get(0).get("id").getLongValue();
        yamato().post(registrations, "{\"participant\":{\"name\":\"大和 二郎\",\"nameKana\":\"ヤマト ジロウ\",\"phone\":\"046-000-0002\"}}");
        yamato().post(base + "/seminar-registrations/" + first + "/cancel", "{}");
    }

    @Test
    void everyRegionOwnedTableForcesRowLevelSecurityOrIsClosedToTheAppRole() throws SQLException {
        try (Connection owner = TestDatabase.get().superuser("noren")) {
            for (String table : regionOwnedTables(owner)) {
                boolean readable = appCanRead(owner, table);
                if (readable) {
                    try (Statement st = owner.createStatement();
                         ResultSet rs = st.executeQuery("select relrowsecurity and relforcerowsecurity from pg_class where relname = '" + table + "'")) {
                        rs.next();
                        assertThat(rs.getBoolean(1)).as(table + " has ENABLE + FORCE row level security").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theAppRoleWithNoRegionSetSeesNoRowsAnywhere() throws SQLException {
        try (Connection owner = TestDatabase.get().superuser("noren");
             Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP)) {
            List<String> tables = regionOwnedTables(owner);
            assertThat(tables).contains("sponsors", "sponsor_contacts", "sponsor_history", "invoices", "receipts", "region_seals",
                    "billing_counters", "centres", "centre_members", "registrants", "registrant_connections",
                    "registrant_status_changes", "registry_settings", "keychains", "access_log", "birth_month_cycles", "update_contacts", "launch_partners", "launch_checklist",
                    "responder_organisations", "responder_members", "lookup_notices", "emergency_disclosures",
                    "registrant_photos", "registry_imports", "registry_import_rows",
                    "retired_keychain_numbers");
            for (String table : tables) {
                if (!appCanRead(owner, table)) {
                    continue;
                }
                assertThat(count(owner, table)).as("rows in " + table + " (superuser)").isPositive();
                assertThat(count(app, table)).as("rows in " + table + " visible without a region").isZero();
            }
        }
    }

    @Test
    void aRegionSetOnlyShowsThatRegionsRowsAndCannotWriteAnothers() throws SQLException {
        try (Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP)) {
            app.setAutoCommit(false);
            try (Statement st = app.createStatement()) {
                st.execute("select set_config('app.region_id', 'yamato', true)");
                try (ResultSet rs = st.executeQuery("select count(*), count(*) filter (where region_id <> 'yamato') from sponsors")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isPositive();
                    assertThat(rs.getLong(2)).isZero();
                }
                assertThatThrownBy(() -> st.execute("insert into sponsors (region_id, category_code, name, name_kana, search_key)"
                        + " values ('kishiwada', 'hospital', '越境', 'エッキョウ', 'x')"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
            app.rollback();
            try (Statement st = app.createStatement()) {
                st.execute("select set_config('app.region_id', 'yamato', true)");
                assertThat(st.executeUpdate("update sponsors set notes = 'x' where region_id = 'kishiwada'")).isZero();
            }
            app.rollback();
        }
    }

    @Test
    void theRegionSettingDoesNotOutliveItsTransaction() throws SQLException {
        try (Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP)) {
            app.setAutoCommit(false);
            try (Statement st = app.createStatement()) {
                st.execute("select set_config('app.region_id', 'yamato', true)");
                app.commit();
                assertThat(count(app, "sponsors")).isZero();
            }
        }
    }

    @Test
    void theAppRoleCannotRewriteOrDeleteHistory() throws SQLException {
        try (Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP); Statement st = app.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("update sponsor_history set actor = 'someone else'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("delete from sponsor_history"))
                    .hasMessageContaining("permission denied");
            for (String table : List.of("registrant_status_changes", "access_log")) {
                assertThatThrownBy(() -> st.executeUpdate("delete from " + table)).as(table).hasMessageContaining("permission denied");
            }
            assertThatThrownBy(() -> st.executeUpdate("update registrant_status_changes set reason = 'x'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("update keychains set number = 'YAM000000000'"))
                    .hasMessageContaining("permission denied");
            for (String table : List.of("region_template_revisions", "document_template_versions")) {
                assertThatThrownBy(() -> st.executeUpdate("update " + table + " set body = 'rewritten'"))
                        .as(table).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> st.executeUpdate("delete from " + table)).as(table).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void theAppRoleDeletesOnlyRegistrantsAndNumbersThatAnImportCreated() throws SQLException {
        try (Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP)) {
            app.setAutoCommit(false);
            try (Statement st = app.createStatement()) {
                st.execute("select set_config('app.region_id', 'yamato', true)");
                assertThat(count(app, "registrants")).isPositive();
                assertThat(count(app, "keychains")).isPositive();
                assertThat(st.executeUpdate("delete from keychains where region_id = 'yamato'")).isZero();
                assertThat(st.executeUpdate("delete from registrants where region_id = 'yamato'")).isZero();
            }
            app.rollback();
        }
    }

    @Test
    void anIssuedInvoiceOrReceiptCannotBeRewrittenOrDeleted() throws SQLException {
        try (Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP); Statement st = app.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("update receipts set amount = 1")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("update invoices set amount = 1")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("delete from receipts")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("update region_seals set image = ''")).hasMessageContaining("permission denied");
        }
    }

    @Test
    void theStatsRoleReadsRollupsButNoRegionRecords() throws SQLException {
        try (Connection stats = TestDatabase.get().connect(EmbeddedDatabase.STATS); Statement st = stats.createStatement()) {
            try (ResultSet rs = st.executeQuery("select sum(active_count) from sponsor_category_counts")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
            for (String table : List.of("sponsors", "sponsor_contacts", "sponsor_history", "invoices", "receipts", "region_seals",
                    "region_template_revisions", "centres", "centre_members", "registrants", "registrant_connections",
                    "registrant_status_changes", "keychains", "access_log", "seminar_participants", "seminar_registrations",
                    "sponsor_seminar_activity", "birth_month_cycles", "update_contacts", "responder_organisations",
                    "responder_members", "lookup_notices", "emergency_disclosures", "registrant_photos",
                    "registry_imports", "registry_import_rows")) {
                assertThatThrownBy(() -> st.executeQuery("select count(*) from " + table))
                        .as(table).hasMessageContaining("permission denied");
            }
        }
    }

    static List<String> regionOwnedTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select c.table_name from information_schema.columns c join information_schema.tables t"
                        + " on t.table_name = c.table_name and t.table_schema = c.table_schema"
                        + " where c.table_schema = 'public' and c.column_name = 'region_id' and t.table_type = 'BASE TABLE'"
                        + " order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static boolean appCanRead(Connection owner, String table) throws SQLException {
        try (PreparedStatement ps = owner.prepareStatement("select has_table_privilege(?, ?, 'select')")) {
            ps.setString(1, EmbeddedDatabase.APP);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
