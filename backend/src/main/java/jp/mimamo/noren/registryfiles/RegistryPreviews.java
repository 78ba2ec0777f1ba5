package jp.mimamo.noren.registryfiles;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.keychains.NewNumbers;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.Header;
import jp.mimamo.noren.tables.ReadOptions;
import jp.mimamo.noren.tables.TableLimits;
import jp.mimamo.noren.tables.TableReader;
import jp.mimamo.noren.tables.TableRow;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Step 1 of a registry import: reads the uploaded file a row at a time, checks every row against the registry and
 * stages what applying would write (registry_import_rows), in one region transaction. Nothing of the registry
 * changes; a file that cannot be read as a table leaves nothing behind.
 */
@Singleton
class RegistryPreviews {
    /** The largest file an import reads: an export of about 60,000 registrants in UTF-8. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    static final int MAX_REJECTED_SHOWN = 500;
    static final int SAMPLE = 20;
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final int BATCH = 500;
    private final RegionDatabase database;
    private final RegistryImportStore store;
    private final JsonMapper json;

    RegistryPreviews(RegionDatabase database, RegistryImportStore store, JsonMapper json) {
        this.database = database;
        this.store = store;
        this.json = json;
    }

    RegistryViews.Preview preview(CurrentRegion region, InputStream file, String fileName, Optional<CsvEncoding> encoding,
                                  boolean issueNumbers, ClientInfo client, Locale locale) {
        ReadOptions options = ReadOptions.DEFAULT.withEncoding(encoding).withLimits(TableLimits.DEFAULT.withMaxBytes(MAX_BYTES));
        try (TableReader reader = TableReader.open(file, fileName, options)) {
            Header header = reader.header();
            String format = reader.format().extension();
            List<RegistryViews.Column> columns = new ArrayList<>();
            Map<RegistryField, Integer> mapping = mapping(header.names(), columns);
            List<String> missing = java.util.Arrays.stream(RegistryField.values()).filter(f -> f.required && !mapping.containsKey(f))
                    .map(f -> f.title).toList();
            String charset = reader.encoding().map(e -> e.charset().name()).orElse(null);
            if (!missing.isEmpty()) {
                return new RegistryViews.Preview(null, new RegistryViews.Payload(format, charset, 0, 0, 0, 0, 0, 0, List.of(),
                        List.of(), columns, issueNumbers), missing);
            }
            return database.inRegion(region, c -> {
                Reader importer = Reader.of(c, region, client);
                store.records.expire(c, region.code(), RegistryImportStore.STAGING);
                UUID id = UUID.randomUUID();
                store.insert(c, region.code(), id, region.caller().username());
                ExistingRegistry existing = ExistingRegistry.read(c, region.code());
                RegistryRowCheck check = new RegistryRowCheck(mapping, existing,
                        new RegistryRowCheck.Importer(importer.hasRole(Roles.REGION_ADMIN), importer.centreId()),
                        NewNumbers.prefix(c, region.code()), issueNumbers, LocalDate.now(TOKYO), locale);
                Pass pass = new Pass(c, region.code(), id, existing);
                try {
                    Optional<TableRow> row;
                    while ((row = reader.next()).isPresent()) {
                        pass.add(check.check(row.get()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                pass.flush();
                RegistryViews.Payload payload = new RegistryViews.Payload(format, charset, pass.rows, pass.create, pass.update,
                        pass.unchanged, pass.issue, pass.rejectedCount, pass.rejected, pass.sample, columns, issueNumbers);
                store.savePreview(c, region.code(), id, payload);
                return new RegistryViews.Preview(id.toString(), payload, List.of());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which column feeds which field: the first column whose heading names a field takes it. */
    static Map<RegistryField, Integer> mapping(List<String> headers, List<RegistryViews.Column> columns) {
        Map<RegistryField, Integer> mapping = new EnumMap<>(RegistryField.class);
        for (int i = 0; i < headers.size(); i++) {
            RegistryField field = RegistryField.byHeader(headers.get(i)).filter(f -> !mapping.containsKey(f)).orElse(null);
            if (field != null) {
                mapping.put(field, i);
            }
            columns.add(new RegistryViews.Column(i, headers.get(i).strip(), field == null ? null : field.name()));
        }
        return mapping;
    }

    /** Counts the rows and writes the staged ones a batch at a time; nothing is staged once a row was rejected. */
    private final class Pass {
        private final Connection c;
        private final String region;
        private final UUID id;
        private final ExistingRegistry existing;
        private final List<RegistryRowCheck.Staged> batch = new ArrayList<>();
        int rows;
        int create;
        int update;
        int unchanged;
        int issue;
        int rejectedCount;
        int position;
        final List<RegistryViews.Rejected> rejected = new ArrayList<>();
        final List<RegistryViews.SampleRow> sample = new ArrayList<>();

        Pass(Connection c, String region, UUID id, ExistingRegistry existing) {
            this.c = c;
            this.region = region;
            this.id = id;
            this.existing = existing;
        }

        void add(RegistryRowCheck.Outcome outcome) throws SQLException {
            rows++;
            if (outcome.staged() == null) {
                rejectedCount++;
                if (rejected.size() < MAX_REJECTED_SHOWN) {
                    rejected.add(new RegistryViews.Rejected(outcome.row(), outcome.messages()));
                }
                batch.clear();
                return;
            }
            RegistryRowCheck.Staged s = outcome.staged();
            switch (s.action()) {
                case "create" -> create++;
                case "update" -> update++;
                default -> unchanged++;
            }
            if (s.issueNumber()) {
                issue++;
            }
            if (sample.size() < SAMPLE) {
                sample.add(new RegistryViews.SampleRow(s.row(), s.action(), s.values().name(), s.values().nameKana(),
                        existing.centreNames.get(s.values().centreId()), s.changed(), s.keychainNumber(), s.issueNumber()));
            }
            if (rejectedCount == 0 && !"unchanged".equals(s.action())) {
                batch.add(s);
                if (batch.size() >= BATCH) {
                    flush();
                }
            }
        }

        void flush() throws SQLException {
            if (batch.isEmpty() || rejectedCount > 0) {
                batch.clear();
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into registry_import_rows (region_id, import_id, position, row_number, action, registrant_id,
                        base_version, centre_id, registrant, before, keychain_number, issue_number)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)""")) {
                for (RegistryRowCheck.Staged s : batch) {
                    ps.setString(1, region);
                    ps.setObject(2, id);
                    ps.setInt(3, position++);
                    ps.setInt(4, s.row());
                    ps.setString(5, s.action());
                    ps.setObject(6, s.registrantId());
                    ps.setObject(7, s.baseVersion());
                    ps.setLong(8, s.values().centreId());
                    ps.setString(9, write(s.values()));
                    ps.setString(10, s.before() == null ? null : write(s.before()));
                    ps.setString(11, s.keychainNumber());
                    ps.setBoolean(12, s.issueNumber());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            batch.clear();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
