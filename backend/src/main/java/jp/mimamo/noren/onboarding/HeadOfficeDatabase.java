package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;
import jp.mimamo.noren.tenancy.RegionDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction over the onboarding tables, which belong to no region (the applications, the provisioning
 * steps, the invitations). No region is set, so no region-owned row is visible here: the guard stays closed.
 */
@Singleton
class HeadOfficeDatabase {
    private final DataSource dataSource;

    HeadOfficeDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(RegionDatabase.Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
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
            throw new IllegalStateException("Onboarding database work failed (SQLState " + e.getSQLState() + ")", e);
        }
    }
}
