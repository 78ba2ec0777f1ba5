package jp.mimamo.noren.database;

import io.micronaut.context.annotation.Context;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refuses to start when the role serving requests could see across regions: a superuser, a role with
 * BYPASSRLS, or the owner of a table (an owner can switch row-level security off). A common slip is a JDBC
 * URL carrying {@code ?user=postgres}, which silently overrides the configured app role.
 */
@Context
public class RoleSafetyCheck {
    public RoleSafetyCheck(DatabaseMigrator migrated, DataSource app, @Named("stats") DataSource stats) {
        check(app, "app");
        check(stats, "stats");
    }

    private static void check(DataSource dataSource, String purpose) {
        String sql = """
                select r.rolname, r.rolsuper, r.rolbypassrls,
                       (select count(*) from pg_tables t where t.tableowner = current_user) as owned
                from pg_roles r where r.rolname = current_user""";
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            String role = rs.getString(1);
            if (rs.getBoolean(2) || rs.getBoolean(3) || rs.getLong(4) > 0) {
                throw new UnsafeDatabaseRole("The " + purpose + " database role '" + role
                        + "' can bypass row-level security (superuser, BYPASSRLS or table owner). "
                        + "Connect as a plain role; see docs/tenancy.md.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the " + purpose + " database role", e);
        }
    }

    /** Start-up is refused: serving requests with this role would let one region read another's rows. */
    public static final class UnsafeDatabaseRole extends RuntimeException {
        UnsafeDatabaseRole(String message) {
            super(message);
        }
    }
}
