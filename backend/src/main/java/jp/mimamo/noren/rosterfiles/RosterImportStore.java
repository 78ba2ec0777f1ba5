package jp.mimamo.noren.rosterfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The roster_imports row of each import: its payload, its status and the progress of a running apply. Progress and
 * failures are written in short transactions of their own, so that they are seen while (or after) the apply's own
 * transaction runs or rolls back.
 */
@Singleton
class RosterImportStore {
    private final RegionDatabase database;
    private final JsonMapper json;
    private final ImportRecords records;

    RosterImportStore(RegionDatabase database, JsonMapper json) {
        this.database = database;
        this.json = json;
        this.records = new ImportRecords(database, "roster_imports");
    }

    /** Why an apply failed, as a message key and its arguments, rendered in the language of whoever asks. */
    @Serdeable
    record Failure(String key, List<Object> args) {
    }

    void insert(Connection c, String region, UUID id, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into roster_imports (region_id, id, created_by, payload) values (?, ?, ?, '{}'::jsonb)")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            ps.setString(3, user);
            ps.executeUpdate();
        }
    }

    void savePreview(Connection c, String region, UUID id, RosterPayload payload) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update roster_imports set payload = ?::jsonb, total = ? where region_id = ? and id = ?")) {
            ps.setString(1, write(payload));
            ps.setInt(2, payload.sponsors().total() + payload.years().total());
            ps.setString(3, region);
            ps.setObject(4, id);
            ps.executeUpdate();
        }
    }

    /**
     * Marks a previewed (or failed, or stalled) import as applying, in a transaction of its own, so that a second
     * apply is refused at once; 404 for an id the region does not have, 409 for anything else.
     */
    RosterPayload claim(String region, UUID id) {
        return database.inRegion(region, c -> {
            RosterPayload payload = payload(c, region, id);
            if (payload.rejectedCount() > 0) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.roster.rejectedRows", payload.rejectedCount());
            }
            if (!records.claim(c, region, id)) {
                throw conflict(records.status(c, region, id));
            }
            return payload;
        });
    }

    void progress(String region, UUID id, int done) {
        records.progress(region, id, done);
    }

    /** In the apply's own transaction: it commits with the rows it wrote. */
    void applied(Connection c, String region, UUID id) throws SQLException {
        setStatus(c, region, id, "applied");
    }

    void failed(String region, UUID id, Failure failure) {
        records.failed(region, id, write(failure));
    }

    /** Locks an applied import for undo; 404 or 409 as for apply. */
    RosterPayload lockApplied(Connection c, String region, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select status, payload::text from roster_imports where region_id = ? and id = ? for update")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound();
                }
                if (!"applied".equals(rs.getString(1))) {
                    throw conflict(rs.getString(1));
                }
                return read(rs.getString(2), RosterPayload.class);
            }
        }
    }

    void undone(Connection c, String region, UUID id) throws SQLException {
        setStatus(c, region, id, "undone");
    }

    RosterViews.Status status(String region, UUID id, Locale locale) {
        return database.inRegion(region, c -> {
            String sql = "select status, done, total, payload->'sponsors', payload->'years', outcome::text from roster_imports"
                    + " where region_id = ? and id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region);
                ps.setObject(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound();
                    }
                    RosterPayload.Counts sponsors = counts(rs.getString(4));
                    Failure failure = rs.getString(6) == null ? null : read(rs.getString(6), Failure.class);
                    return new RosterViews.Status(id.toString(), rs.getString(1), rs.getInt(2), rs.getInt(3), sponsors.create(),
                            sponsors.update(), sponsors.unchanged(), counts(rs.getString(5)),
                            failure == null ? null : Messages.get(locale, failure.key(), failure.args().toArray()));
                }
            }
        });
    }

    /**
     * Staged rows are kept for undo. A preview (or failed apply) left for a day expires, and its staged rows go, as do
     * those of undone imports; the import records stay.
     */
    void cleanUp(Connection c, String region) throws SQLException {
        records.expire(c, region, "roster_import_years", "roster_import_sponsors");
    }

    RosterPayload payload(Connection c, String region, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select payload::text from roster_imports where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound();
                }
                return read(rs.getString(1), RosterPayload.class);
            }
        }
    }

    private void setStatus(Connection c, String region, UUID id, String status) throws SQLException {
        records.finish(c, region, id, status);
    }

    private static ProblemException conflict(String status) {
        return new ProblemException(ProblemType.CONFLICT, switch (status) {
            case "applying" -> "problem.roster.applying";
            case "applied" -> "problem.roster.alreadyApplied";
            case "undone" -> "problem.roster.alreadyUndone";
            case "expired" -> "problem.roster.expired";
            default -> "problem.roster.notApplied";
        });
    }

    private RosterPayload.Counts counts(@Nullable String text) {
        return text == null ? new RosterPayload.Counts(0, 0, 0) : read(text, RosterPayload.Counts.class);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
