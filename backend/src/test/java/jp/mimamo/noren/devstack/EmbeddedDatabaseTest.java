package jp.mimamo.noren.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's database keeps its data between runs and is prepared with the product's roles. */
class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestart(@TempDir Path directory) throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("postgres"), 0);
             Connection c = database.superuser(EmbeddedDatabase.DATABASE); Statement st = c.createStatement()) {
            st.execute("create table kept (note text)");
            st.execute("insert into kept values ('再起動後も残る')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("postgres"), 0);
             Connection c = database.superuser(EmbeddedDatabase.DATABASE); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select note from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("再起動後も残る");
        }
    }

    @Test
    void theAppRoleIsNeitherSuperuserNorAbleToBypassRowLevelSecurity(@TempDir Path directory) throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("postgres"), 0);
             Connection c = database.superuser("postgres"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = '" + EmbeddedDatabase.APP + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isFalse();
            assertThat(rs.getBoolean(2)).isFalse();
        }
    }
}
