package jp.mimamo.noren.tenancy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.devstack.EmbeddedDatabase;
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
        yamato().send("POST", "/api/v1/regions/yamato/roster/import/preview?fileName=roster.csv",
                "名称,フリガナ,カテゴリ,年度\r\n大和の病院,ヤマトノビョウイン,病院," + year + "\r\n", "text/csv");
        yamato().put("/api/v1/regions/yamato/roster/mapping", "{\"entries\":[{\"header\":\"会社名\",\"field\":\"name\"}]}");
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
            assertThat(tables).contains("sponsors", "sponsor_contacts", "sponsor_history");
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
        }
    }

    @Test
    void theStatsRoleReadsRollupsButNoRegionRecords() throws SQLException {
        try (Connection stats = TestDatabase.get().connect(EmbeddedDatabase.STATS); Statement st = stats.createStatement()) {
            try (ResultSet rs = st.executeQuery("select sum(active_count) from sponsor_category_counts")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
            for (String table : List.of("sponsors", "sponsor_contacts", "sponsor_history")) {
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
