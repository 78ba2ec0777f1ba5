package jp.mimamo.noren.registryfiles;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.registrants.RegistrantAccess;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Step 3 of a registry import, on request: puts the registry back as it was, in one transaction. Registrants the
 * import created are deleted with the keychain numbers it gave them; those it changed get their values back (a
 * status it changed is changed back, with the undo as reason), and the numbers it added are deleted. Refused, with
 * the first name concerned, when anything the import wrote has been changed since: a registrant's version, a
 * number revoked or another one issued, a photo added.
 */
@Singleton
class RegistryUndo {
    static final String REASON = "登録者名簿の取り込みの取り消し";
    private static final String FIRST_CHANGED = """
            select coalesce(r.name, '#' || r.id) from registry_import_rows s
            join registrants r on r.region_id = s.region_id and r.id = s.registrant_id
            where s.region_id = ? and s.import_id = ?
              and ((s.action = 'create' and (r.version <> 0
                      or exists (select 1 from registrant_photos p where p.region_id = r.region_id and p.registrant_id = r.id)))
                or (s.action = 'update' and r.version <> s.base_version + 1)
                or exists (select 1 from keychains k where k.region_id = r.region_id and k.registrant_id = r.id
                           and ((k.import_id = s.import_id and k.revoked_at is not null)
                             or (k.import_id is distinct from s.import_id and k.issued_at > (select created_at from registry_imports i
                                 where i.region_id = s.region_id and i.id = s.import_id)))))
            order by s.position limit 1""";
    private final RegionDatabase database;
    private final RegistryImportStore store;
    private final AccessLog log;
    private final JsonMapper json;

    RegistryUndo(RegionDatabase database, RegistryImportStore store, AccessLog log, JsonMapper json) {
        this.database = database;
        this.store = store;
        this.log = log;
        this.json = json;
    }

    RegistryViews.Undone undo(CurrentRegion region, UUID id, ClientInfo client) {
        String code = region.code();
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            String status = store.records.lock(c, code, id);
            RegistryApply.mayHandle(reader, store.made(c, code, id));
            if (!"applied".equals(status)) {
                throw RegistryImportStore.conflict(status);
            }
            RegistrySql.lock(c, code);
            String changed = firstChanged(c, code, id);
            if (changed != null) {
                throw new ProblemException(ProblemType.STALE_VERSION, "problem.registryImport.changedSinceImport", changed);
            }
            try (PreparedStatement ps = c.prepareStatement("delete from keychains where region_id = ? and import_id = ?")) {
                ps.setString(1, code);
                ps.setObject(2, id);
                ps.executeUpdate();
            }
            int restored = restore(c, region, id, reader);
            int removed = 0;
            try (PreparedStatement ps = c.prepareStatement("delete from registrants where region_id = ? and import_id = ? returning id")) {
                ps.setString(1, code);
                ps.setObject(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        removed++;
                        log.record(c, region, reader, new AccessEntry(rs.getLong(1), "update", RegistrantAccess.FULL_SECTIONS,
                                AccessEntry.Access.FULL, null, AccessEntry.Outcome.WRITTEN, Map.of("undo", id.toString(), "removed", true)));
                    }
                }
            }
            store.records.finish(c, code, id, "undone");
            return new RegistryViews.Undone(id.toString(), "undone", removed, restored);
        });
    }

    private int restore(Connection c, CurrentRegion region, UUID id, Reader reader) throws SQLException {
        String code = region.code();
        LocalDate today = LocalDate.now(RegistryPreviews.TOKYO);
        int restored = 0;
        try (PreparedStatement ps = c.prepareStatement("select registrant_id, base_version, registrant::text, before::text"
                + " from registry_import_rows where region_id = ? and import_id = ? and action = 'update' order by position")) {
            ps.setString(1, code);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long registrant = rs.getLong(1);
                    RegistryRow written = read(rs.getString(3));
                    RegistryRow before = read(rs.getString(4));
                    try (PreparedStatement update = c.prepareStatement(RegistrySql.UPDATE)) {
                        int next = RegistrySql.bind(c, update, 1, before);
                        update.setString(next, before.status());
                        update.setObject(next + 1, today);
                        update.setString(next + 2, code);
                        update.setLong(next + 3, registrant);
                        update.setInt(next + 4, rs.getInt(2) + 1);
                        update.executeUpdate();
                    }
                    RegistrySql.replaceConnections(c, code, registrant, before.connections());
                    if (!written.status().equals(before.status())) {
                        RegistrySql.recordStatus(c, code, registrant, reader.username(), written.status(), before.status(), today, REASON);
                    }
                    log.record(c, region, reader, new AccessEntry(registrant, "update", RegistrantAccess.FULL_SECTIONS,
                            AccessEntry.Access.FULL, null, AccessEntry.Outcome.WRITTEN, Map.of("undo", id.toString())));
                    restored++;
                }
            }
        }
        return restored;
    }

    private static String firstChanged(Connection c, String region, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIRST_CHANGED)) {
            ps.setString(1, region);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
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
