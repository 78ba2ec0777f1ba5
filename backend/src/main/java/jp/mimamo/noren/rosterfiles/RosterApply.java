package jp.mimamo.noren.rosterfiles;

import jakarta.inject.Singleton;
import jp.mimamo.noren.imports.ImportJobs;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Step 2 of an import: writes the staged rows in the background, in one region transaction, so that the roster
 * changes all at once or not at all. The request only claims the import ({@code applying}) and answers at once; the
 * job writes the rows a batch at a time (set-based INSERT/UPDATE … FROM the staging tables) and records its progress
 * after each batch in a short transaction of its own. A sponsor or year changed since the preview fails the whole
 * import; so does any database error. The failure is recorded and nothing of the import is written.
 */
@Singleton
class RosterApply {
    static final int BATCH = 5_000;
    static final String REASON = "名簿の取り込み ";
    private static final Logger LOG = LoggerFactory.getLogger(RosterApply.class);
    private final RegionDatabase database;
    private final RosterImportStore store;
    private final ImportJobs jobs;

    RosterApply(RegionDatabase database, RosterImportStore store, ImportJobs jobs) {
        this.database = database;
        this.store = store;
        this.jobs = jobs;
    }

    RosterViews.Status start(CurrentRegion region, UUID id, Locale locale) {
        RosterPayload payload = store.claim(region.code(), id);
        String actor = region.caller().username();
        jobs.submit(() -> run(region.code(), id, actor, payload));
        return store.status(region.code(), id, locale);
    }

    void run(String region, UUID id, String actor, RosterPayload payload) {
        try {
            database.inRegion(region, c -> {
                write(c, region, id, actor, payload);
                store.applied(c, region, id);
                return null;
            });
        } catch (ProblemException e) {
            store.failed(region, id, new RosterImportStore.Failure(e.detailKey(), Arrays.asList(e.detailArgs())));
        } catch (RuntimeException e) {
            LOG.error("Roster import {} of region {} failed; nothing was written", id, region, e);
            store.failed(region, id, new RosterImportStore.Failure("problem.roster.applyFailed", List.of()));
        }
    }

    private void write(Connection c, String region, UUID id, String actor, RosterPayload payload) throws SQLException {
        lock(c, region);
        Integer stale = firstStaleRow(c, region, id);
        if (stale != null) {
            throw new ProblemException(ProblemType.STALE_VERSION, "problem.roster.changedSincePreview", stale);
        }
        String importId = id.toString();
        int sponsors = payload.sponsors().total();
        int done = 0;
        RosterPayload.Counts counts = payload.sponsors();
        for (int from = 0; from < sponsors; from += BATCH) {
            int to = from + BATCH;
            if (counts.create() > 0) {
                execute(c, ApplySql.CREATE_SPONSORS, region, id, from, to, region, id);
                execute(c, ApplySql.CREATED_SPONSORS_HISTORY, actor, importId, region, id, from, to);
            }
            if (counts.update() > 0) {
                int expected = count(c, ApplySql.SPONSORS_TO_UPDATE, region, id, from, to);
                if (execute(c, ApplySql.UPDATE_SPONSORS, region, id, from, to) != expected) {
                    throw new ProblemException(ProblemType.STALE_VERSION, "problem.stale-version.detail");
                }
                execute(c, ApplySql.UPDATED_SPONSORS_HISTORY, actor, importId, region, id, from, to);
            }
            done += Math.min(BATCH, sponsors - from);
            store.progress(region, id, done);
        }
        int years = payload.years().total();
        RosterPayload.Counts yearCounts = payload.years();
        for (int from = 0; from < years; from += BATCH) {
            int to = from + BATCH;
            if (yearCounts.create() > 0) {
                execute(c, ApplySql.CREATE_YEARS, region, id, from, to);
            }
            if (yearCounts.update() > 0) {
                int expected = count(c, ApplySql.YEARS_TO_UPDATE, region, id, from, to);
                if (execute(c, ApplySql.UPDATE_YEARS, region, id, from, to) != expected) {
                    throw new ProblemException(ProblemType.STALE_VERSION, "problem.stale-version.detail");
                }
                execute(c, ApplySql.UPDATED_YEARS_HISTORY, actor, REASON + importId, region, id, from, to);
            }
            done += Math.min(BATCH, years - from);
            store.progress(region, id, done);
        }
    }

    /**
     * Waits for any other import or undo of the region to finish (the lock ends with the transaction), then sets the
     * transaction up for bulk work ({@link ApplySql#BULK_PLANS}).
     */
    static void lock(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ApplySql.LOCK)) {
            ps.setString(1, region);
            ps.execute();
        }
        for (String sql : ApplySql.BULK_PLANS) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.execute();
            }
        }
    }

    private static Integer firstStaleRow(Connection c, String region, UUID id) throws SQLException {
        Integer first = null;
        for (String sql : ApplySql.FIRST_STALE_ROW) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region);
                ps.setObject(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int row = rs.getInt(1);
                    if (!rs.wasNull() && (first == null || row < first)) {
                        first = row;
                    }
                }
            }
        }
        return first;
    }

    /** Runs one statement with positional arguments; the number of rows it wrote. */
    static int execute(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static int count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
