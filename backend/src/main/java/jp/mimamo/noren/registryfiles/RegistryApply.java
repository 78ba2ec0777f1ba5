package jp.mimamo.noren.registryfiles;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.imports.ImportJobs;
import jp.mimamo.noren.keychains.NewNumbers;
import jp.mimamo.noren.keychains.RegistrationNumber;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Step 2 of a registry import: writes the staged rows in the background, in one region transaction, so that the
 * registry changes all at once or not at all. Each registrant created or updated gets its access-log entry
 * (create / update) in that transaction. A registrant changed since the preview, a number taken meanwhile, or any
 * database error fails the whole import; the failure is recorded and nothing of the import is written.
 */
@Singleton
class RegistryApply {
    static final int BATCH = 500;
    static final String REASON = "登録者名簿の取り込み";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryApply.class);
    private final RegionDatabase database;
    private final RegistryImportStore store;
    private final ImportJobs jobs;
    private final AccessLog log;
    private final JsonMapper json;

    RegistryApply(RegionDatabase database, RegistryImportStore store, ImportJobs jobs, AccessLog log, JsonMapper json) {
        this.database = database;
        this.store = store;
        this.jobs = jobs;
        this.log = log;
        this.json = json;
    }

    RegistryViews.Status start(CurrentRegion region, UUID id, ClientInfo client, Locale locale) {
        Reader reader = database.inRegion(region, c -> {
            Reader caller = Reader.of(c, region, client);
            RegistryImportStore.Made made = store.made(c, region.code(), id);
            mayHandle(caller, made);
            if (made.payload().rejectedCount() > 0) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.registryImport.rejectedRows", made.payload().rejectedCount());
            }
            if (!store.records.claim(c, region.code(), id)) {
                throw RegistryImportStore.conflict(store.records.status(c, region.code(), id));
            }
            return caller;
        });
        jobs.submit(() -> run(region, id, reader));
        return store.status(region.code(), id, locale);
    }

    /** Whoever made the preview, or a region admin, may apply or undo it. */
    static void mayHandle(Reader caller, RegistryImportStore.Made made) {
        if (!caller.hasRole(Roles.REGION_ADMIN) && !caller.username().equals(made.createdBy())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.registryImport.notYours");
        }
    }

    void run(CurrentRegion region, UUID id, Reader reader) {
        String code = region.code();
        try {
            database.inRegion(region, c -> {
                write(c, region, id, reader);
                store.records.finish(c, code, id, "applied");
                return null;
            });
        } catch (ProblemException e) {
            store.failed(code, id, new RegistryViews.Failure(e.detailKey(), Arrays.stream(e.detailArgs()).map(String::valueOf).toList()));
        } catch (RuntimeException e) {
            LOG.error("Registry import {} of region {} failed; nothing was written", id, code, e);
            store.failed(code, id, new RegistryViews.Failure("problem.registryImport.applyFailed", List.of()));
        }
    }

    private void write(Connection c, CurrentRegion region, UUID id, Reader reader) throws SQLException {
        String code = region.code();
        RegistrySql.lock(c, code);
        try (PreparedStatement ps = c.prepareStatement("analyze registry_import_rows")) {
            ps.execute();
        }
        LocalDate today = LocalDate.now(RegistryPreviews.TOKYO);
        String prefix = NewNumbers.prefix(c, code);
        int done = 0;
        for (int from = 0; ; from += BATCH) {
            List<StagedRow> rows = rows(c, code, id, from, from + BATCH);
            if (rows.isEmpty()) {
                break;
            }
            for (StagedRow row : rows) {
                long registrant = "create".equals(row.action) ? create(c, code, id, row, reader.username(), today)
                        : update(c, code, row, reader.username(), today);
                if (row.keychainNumber != null) {
                    if (!insertKeychain(c, code, row.keychainNumber, registrant, reader.username(), id)) {
                        throw new ProblemException(ProblemType.STALE_VERSION, "problem.registryImport.numberTaken", row.rowNumber);
                    }
                } else if (row.issueNumber) {
                    RegistrationNumber number;
                    do {
                        number = NewNumbers.draw(prefix);
                    } while (!insertKeychain(c, code, number.canonical(), registrant, reader.username(), id));
                }
                log.record(c, region, reader, new AccessEntry(registrant, row.action, jp.mimamo.noren.registrants.RegistrantAccess.FULL_SECTIONS,
                        AccessEntry.Access.FULL, null, AccessEntry.Outcome.WRITTEN, Map.of("import", id.toString(), "row", row.rowNumber)));
            }
            done += rows.size();
            store.records.progress(code, id, done);
        }
    }

    private long create(Connection c, String region, UUID id, StagedRow row, String actor, LocalDate today) throws SQLException {
        long registrant;
        try (PreparedStatement ps = c.prepareStatement(RegistrySql.INSERT)) {
            ps.setString(1, region);
            int next = RegistrySql.bind(c, ps, 2, row.values);
            ps.setObject(next, today);
            ps.setString(next + 1, actor);
            ps.setObject(next + 2, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                registrant = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update registry_import_rows set registrant_id = ? where region_id = ? and import_id = ? and position = ?")) {
            ps.setLong(1, registrant);
            ps.setString(2, region);
            ps.setObject(3, id);
            ps.setInt(4, row.position);
            ps.executeUpdate();
        }
        RegistrySql.replaceConnections(c, region, registrant, row.values.connections());
        return registrant;
    }

    private long update(Connection c, String region, StagedRow row, String actor, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RegistrySql.UPDATE)) {
            int next = RegistrySql.bind(c, ps, 1, row.values);
            ps.setString(next, row.values.status());
            ps.setObject(next + 1, today);
            ps.setString(next + 2, region);
            ps.setLong(next + 3, row.registrantId);
            ps.setInt(next + 4, row.baseVersion);
            if (ps.executeUpdate() != 1) {
                throw new ProblemException(ProblemType.STALE_VERSION, "problem.registryImport.changedSincePreview", row.rowNumber);
            }
        }
        if (!row.values.connections().equals(row.before.connections())) {
            RegistrySql.replaceConnections(c, region, row.registrantId, row.values.connections());
        }
        if (!row.values.status().equals(row.before.status())) {
            RegistrySql.recordStatus(c, region, row.registrantId, actor, row.before.status(), row.values.status(), today, REASON);
        }
        return row.registrantId;
    }

    static boolean insertKeychain(Connection c, String region, String number, long registrant, String actor, UUID id)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into keychains (region_id, number, prefix, registrant_id, issued_by,"
                + " import_id) values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            ps.setString(1, region);
            ps.setString(2, number);
            ps.setString(3, RegistrationNumber.parse(number).prefix());
            ps.setLong(4, registrant);
            ps.setString(5, actor);
            ps.setObject(6, id);
            return ps.executeUpdate() == 1;
        }
    }

    record StagedRow(int position, int rowNumber, String action, Long registrantId, Integer baseVersion, RegistryRow values,
                     RegistryRow before, String keychainNumber, boolean issueNumber) {
    }

    private List<StagedRow> rows(Connection c, String region, UUID id, int from, int to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select position, row_number, action, registrant_id, base_version, registrant::text, before::text,
                       keychain_number, issue_number
                from registry_import_rows where region_id = ? and import_id = ? and position >= ? and position < ?
                order by position""")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            ps.setInt(3, from);
            ps.setInt(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                List<StagedRow> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(new StagedRow(rs.getInt(1), rs.getInt(2), rs.getString(3), (Long) rs.getObject(4),
                            (Integer) rs.getObject(5), read(rs.getString(6)), rs.getString(7) == null ? null : read(rs.getString(7)),
                            rs.getString(8), rs.getBoolean(9)));
                }
                return rows;
            }
        }
    }

    private RegistryRow read(String text) {
        try {
            return json.readValue(text, RegistryRow.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
