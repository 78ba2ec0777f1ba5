package jp.mimamo.noren.onboarding;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableColumn;
import jp.mimamo.noren.tables.TableWriter;
import jp.mimamo.noren.tenancy.Caller;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything a region owns, as one zip: for each table with a region_id column, a CSV (UTF-8 with BOM) and an
 * xlsx, and a manifest.json with each table's columns, row count and the files' SHA-256. The tables are found
 * in the catalog, so a table added later is exported without changing this class. It runs in one transaction
 * of the region, under row-level security, reading rows as a cursor into a temporary file; the export itself
 * is written to the region's access log.
 */
@Singleton
class RegionExport {
    private static final int FETCH = 1000;
    private final RegionDatabase database;
    private final AccessLog accessLog;
    private final JsonMapper json;

    RegionExport(RegionDatabase database, AccessLog accessLog, JsonMapper json) {
        this.database = database;
        this.accessLog = accessLog;
        this.json = json;
    }

    @io.micronaut.serde.annotation.Serdeable
    record TableManifest(String table, List<String> columns, long rows, Map<String, String> sha256) {
    }

    /** Writes the zip to a temporary file the caller streams and deletes. */
    Path export(Region region, Caller caller, ClientInfo client) {
        try {
            Path zip = Files.createTempFile("region-export-", ".zip");
            try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
                database.inRegion(region.code(), c -> {
                    List<TableManifest> tables = new ArrayList<>();
                    for (String table : regionTables(c)) {
                        tables.add(table(c, region.code(), table, out));
                    }
                    CurrentRegion scope = new CurrentRegion(region, caller);
                    long rows = tables.stream().mapToLong(TableManifest::rows).sum();
                    accessLog.record(c, scope, Reader.of(scope, null, null, client), new AccessEntry(null, "export",
                            List.of("region-data"), AccessEntry.Access.NONE, "本部による地域データの書き出し",
                            AccessEntry.Outcome.SHOWN, Map.of("tables", tables.size(), "rows", rows)));
                    Map<String, Object> manifest = new LinkedHashMap<>();
                    manifest.put("region", region.code());
                    manifest.put("exportedAt", java.time.Instant.now().toString());
                    manifest.put("exportedBy", caller.username());
                    manifest.put("tables", tables);
                    try {
                        out.putNextEntry(new ZipEntry("manifest.json"));
                        out.write(json.writeValueAsBytes(manifest));
                        out.closeEntry();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base tables of this schema with a region_id column that the app may read. */
    static List<String> regionTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select t.table_name from information_schema.tables t
                join information_schema.columns col on col.table_schema = t.table_schema and col.table_name = t.table_name
                where t.table_schema = current_schema() and t.table_type = 'BASE TABLE' and col.column_name = 'region_id'
                  and has_table_privilege(quote_ident(t.table_schema) || '.' || quote_ident(t.table_name), 'select')
                order by t.table_name""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private TableManifest table(Connection c, String region, String table, ZipOutputStream out) throws SQLException {
        Path xlsx;
        try {
            xlsx = Files.createTempFile("region-export-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PreparedStatement ps = c.prepareStatement("select * from " + quote(table) + " where region_id = ?")) {
            ps.setFetchSize(FETCH);
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    names.add(rs.getMetaData().getColumnName(i));
                }
                List<TableColumn> columns = names.stream().map(TableColumn::text).toList();
                out.putNextEntry(new ZipEntry(table + ".csv"));
                MessageDigest csvSum = sha256();
                long rows = 0;
                try (TableWriter csv = TableWriter.csv(new DigestOutputStream(new KeepOpen(out), csvSum), CsvEncoding.UTF_8, columns);
                     OutputStream xlsxFile = Files.newOutputStream(xlsx);
                     TableWriter sheet = TableWriter.xlsx(xlsxFile, sheetName(table), columns)) {
                    while (rs.next()) {
                        List<String> cells = new ArrayList<>(width);
                        for (int i = 1; i <= width; i++) {
                            Object value = rs.getObject(i);
                            cells.add(value == null ? null : value instanceof java.sql.Array array
                                    ? String.join(" ", texts(array)) : value.toString());
                        }
                        csv.row(cells);
                        sheet.row(cells);
                        rows++;
                    }
                }
                out.closeEntry();
                out.putNextEntry(new ZipEntry(table + ".xlsx"));
                MessageDigest xlsxSum = sha256();
                try (OutputStream entry = new DigestOutputStream(new KeepOpen(out), xlsxSum)) {
                    Files.copy(xlsx, entry);
                }
                out.closeEntry();
                return new TableManifest(table, names, rows, Map.of(table + ".csv", HexFormat.of().formatHex(csvSum.digest()),
                        table + ".xlsx", HexFormat.of().formatHex(xlsxSum.digest())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(xlsx);
            } catch (IOException ignored) {
                // a temporary file; the system cleans it
            }
        }
    }

    private static List<String> texts(java.sql.Array array) throws SQLException {
        List<String> texts = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            texts.add(String.valueOf(o));
        }
        return texts;
    }

    private static String sheetName(String table) {
        return table.length() > 31 ? table.substring(0, 31) : table;
    }

    private static String quote(String identifier) {
        if (!identifier.matches("^[a-z_][a-z0-9_]*$")) {
            throw ProblemException.notFound();
        }
        return "\"" + identifier + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zip entry's stream that the table writer may close without closing the zip. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
