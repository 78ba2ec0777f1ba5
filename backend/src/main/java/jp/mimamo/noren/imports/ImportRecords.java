package jp.mimamo.noren.imports;

import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The life of one import as a row of its table ({@code roster_imports}, {@code registry_imports}): pending after the
 * preview, applying while a background job writes it, then applied, failed, undone or expired. Progress and
 * failures are written in short transactions of their own, so that they are seen while (or after) the apply's own
 * transaction runs or rolls back. The table needs the columns region_id, id, created_at, status, total, done,
 * progress_at and outcome (jsonb).
 */
public final class ImportRecords {
    /** An apply whose progress has not moved for this long is taken to have died with its server. */
    public static final String STALLED = "10 minutes";
    private final RegionDatabase database;
    private final String table;

    public ImportRecords(RegionDatabase database, String table) {
        if (!table.matches("^[a-z_]+$")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.database = database;
        this.table = table;
    }

    /**
     * Marks a previewed (or failed, or stalled) import as applying, in the caller's transaction; false when it is in
     * no state to be applied ({@link #status} then says which).
     */
    public boolean claim(Connection c, String region, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update " + table + " set status = 'applying', done = 0,"
                + " progress_at = now(), outcome = null where region_id = ? and id = ? and (status in ('pending', 'failed')"
                + " or (status = 'applying' and progress_at < now() - interval '" + STALLED + "'))")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    public void progress(String region, UUID id, int done) {
        database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update " + table + " set done = ?, progress_at = now() where region_id = ? and id = ? and status = 'applying'")) {
                ps.setInt(1, done);
                ps.setString(2, region);
                ps.setObject(3, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Records a failed apply (its outcome as JSON) in a transaction of its own. */
    public void failed(String region, UUID id, String outcomeJson) {
        database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("update " + table + " set status = 'failed', outcome = ?::jsonb,"
                    + " progress_at = now() where region_id = ? and id = ? and status = 'applying'")) {
                ps.setString(1, outcomeJson);
                ps.setString(2, region);
                ps.setObject(3, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Sets the final status (applied, undone) in the caller's transaction: it commits with the rows written. */
    public void finish(Connection c, String region, UUID id, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update " + table + " set status = ?, done = total, progress_at = now() where region_id = ? and id = ?")) {
            ps.setString(1, status);
            ps.setString(2, region);
            ps.setObject(3, id);
            ps.executeUpdate();
        }
    }

    /** The import's status; 404 for an id the region does not have. */
    public String status(Connection c, String region, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select status from " + table + " where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound();
                }
                return rs.getString(1);
            }
        }
    }

    /** Locks the import's row for an undo and gives its status; 404 for an id the region does not have. */
    public String lock(Connection c, String region, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select status from " + table + " where region_id = ? and id = ? for update")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound();
                }
                return rs.getString(1);
            }
        }
    }

    /**
     * A preview (or failed apply) left for a day expires; then the staged rows of expired and undone imports are
     * deleted from {@code stagingTables} (each with region_id and import_id). The import records stay.
     */
    public void expire(Connection c, String region, String... stagingTables) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update " + table + " set status = 'expired' where region_id = ?"
                + " and status in ('pending', 'failed') and coalesce(progress_at, created_at) < now() - interval '1 day'")) {
            ps.setString(1, region);
            ps.executeUpdate();
        }
        for (String staging : stagingTables) {
            if (!staging.matches("^[a-z_]+$")) {
                throw new IllegalArgumentException("Not a table name: " + staging);
            }
            try (PreparedStatement ps = c.prepareStatement("delete from " + staging + " t using " + table + " i"
                    + " where t.region_id = ? and i.region_id = t.region_id and i.id = t.import_id and i.status in ('expired', 'undone')")) {
                ps.setString(1, region);
                ps.executeUpdate();
            }
        }
    }
}
