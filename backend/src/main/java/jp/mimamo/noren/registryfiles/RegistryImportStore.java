package jp.mimamo.noren.registryfiles;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.imports.ImportRecords;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/** The registry_imports row of each import: its summary, who made it, and (through {@link ImportRecords}) its status. */
@Singleton
class RegistryImportStore {
    static final String STAGING = "registry_import_rows";
    private final RegionDatabase database;
    private final JsonMapper json;
    final ImportRecords records;

    RegistryImportStore(RegionDatabase database, JsonMapper json) {
        this.database = database;
        this.json = json;
        this.records = new ImportRecords(database, "registry_imports");
    }

    record Made(String createdBy, RegistryViews.Payload payload) {
    }

    void insert(Connection c, String region, UUID id, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into registry_imports (region_id, id, created_by) values (?, ?, ?)")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            ps.setString(3, user);
            ps.executeUpdate();
        }
    }

    void savePreview(Connection c, String region, UUID id, RegistryViews.Payload payload) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update registry_imports set payload = ?::jsonb, total = ? where region_id = ? and id = ?")) {
            ps.setString(1, write(payload));
            ps.setInt(2, payload.create() + payload.update());
            ps.setString(3, region);
            ps.setObject(4, id);
            ps.executeUpdate();
        }
    }

    Made made(Connection c, String region, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select created_by, payload::text from registry_imports where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound();
                }
                return new Made(rs.getString(1), read(rs.getString(2), RegistryViews.Payload.class));
            }
        }
    }

    void failed(String region, UUID id, RegistryViews.Failure failure) {
        records.failed(region, id, write(failure));
    }

    RegistryViews.Status status(String region, UUID id, Locale locale) {
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("select status, done, total, payload::text, outcome::text"
                    + " from registry_imports where region_id = ? and id = ?")) {
                ps.setString(1, region);
                ps.setObject(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound();
                    }
                    RegistryViews.Payload p = read(rs.getString(4), RegistryViews.Payload.class);
                    RegistryViews.Failure failure = rs.getString(5) == null ? null : read(rs.getString(5), RegistryViews.Failure.class);
                    return new RegistryViews.Status(id.toString(), rs.getString(1), rs.getInt(2), rs.getInt(3), p.create(),
                            p.update(), p.unchanged(), p.issue(),
                            failure == null ? null : Messages.get(locale, failure.key(), failure.args().toArray()));
                }
            }
        });
    }

    static ProblemException conflict(String status) {
        return new ProblemException(ProblemType.CONFLICT, switch (status) {
            case "applying" -> "problem.registryImport.applying";
            case "applied" -> "problem.registryImport.alreadyApplied";
            case "undone" -> "problem.registryImport.alreadyUndone";
            case "expired" -> "problem.registryImport.expired";
            default -> "problem.registryImport.notApplied";
        });
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
