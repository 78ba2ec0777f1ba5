package jp.mimamo.noren.tenancy;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Runs a unit of work in one transaction bound to one region. The region is set with
 * {@code set_config('app.region_id', code, true)}: transaction-local, so it vanishes at commit or rollback
 * and a pooled connection can never carry it into the next request (this also holds behind PgBouncer in
 * transaction mode). PostgreSQL's row-level security compares every region-owned row against it; without it
 * no row is visible. Queries still name the region themselves: that is the application's own guard.
 */
@Singleton
public class RegionDatabase {
    private final DataSource dataSource;

    RegionDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T inRegion(CurrentRegion region, Work<T> work) {
        return inRegion(region.code(), work);
    }

    /** For work that is not a request (demo data, scheduled jobs): the region is always named explicitly. */
    public <T> T inRegion(String regionCode, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                bind(connection, regionCode);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseFailure(e);
        }
    }

    /**
     * Moves the open transaction of {@link #inRegion} to another region. Used only by the emergency look-up, whose
     * number names the registrant's region while the responder belongs to another (docs/adr/0013): it reads and
     * logs in the registrant's region, then logs in the responder's own, in one transaction.
     */
    public static void switchRegion(Connection connection, String regionCode) throws SQLException {
        bind(connection, regionCode);
    }

    private static void bind(Connection connection, String regionCode) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select set_config('app.region_id', ?, true)")) {
            ps.setString(1, regionCode);
            ps.execute();
        }
    }

    /** A database error the feature did not translate itself; reaches the caller as a plain 500 without SQL. */
    public static final class DatabaseFailure extends RuntimeException {
        DatabaseFailure(SQLException cause) {
            super("Database work failed (SQLState " + cause.getSQLState() + ")", cause);
        }

        public String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }
    }
}
