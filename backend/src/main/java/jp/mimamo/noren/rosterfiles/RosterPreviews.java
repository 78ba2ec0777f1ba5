package jp.mimamo.noren.rosterfiles;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.renewals.SponsorshipFees;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.Header;
import jp.mimamo.noren.tables.ReadOptions;
import jp.mimamo.noren.tables.TableLimits;
import jp.mimamo.noren.tables.TableReader;
import jp.mimamo.noren.tables.TableRow;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Step 1 of an import: reads the uploaded file a row at a time, checks every row, and stages what applying would
 * write (roster_import_sponsors / _years), all in one region transaction. A file that cannot be read as a table
 * leaves nothing behind. The file itself is never held in memory: each row is checked, staged and dropped.
 */
@Singleton
class RosterPreviews {
    /** The largest file an import reads: an exported CSV of about 120,000 sponsor-year rows in UTF-8. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    static final int MAX_REJECTED_SHOWN = 500;
    private final RegionDatabase database;
    private final RosterMappings mappings;
    private final RosterImportStore store;
    private final JsonMapper json;

    RosterPreviews(RegionDatabase database, RosterMappings mappings, RosterImportStore store, JsonMapper json) {
        this.database = database;
        this.mappings = mappings;
        this.store = store;
        this.json = json;
    }

    RosterViews.Preview preview(CurrentRegion region, InputStream file, String fileName, Optional<CsvEncoding> encoding,
                                Locale locale) {
        ReadOptions options = ReadOptions.DEFAULT.withEncoding(encoding).withLimits(TableLimits.DEFAULT.withMaxBytes(MAX_BYTES));
        try (TableReader reader = TableReader.open(file, fileName, options)) {
            Header header = reader.header();
            String format = reader.format().extension();
            return database.inRegion(region, c -> {
                ColumnMapping mapping = ColumnMapping.resolve(header.names(), mappings.entries(c, region.code()));
                if (!mapping.missingRequired().isEmpty()) {
                    return new RosterViews.Preview(null, format, reader.encoding().map(e -> e.charset().name()).orElse(null), 0, 0, 0, 0, new RosterPayload.Counts(0, 0, 0), 0,
                            List.of(), List.of(), mapping.columns(), mapping.missingRequired().stream().map(f -> f.id).toList());
                }
                store.cleanUp(c, region.code());
                UUID id = UUID.randomUUID();
                store.insert(c, region.code(), id, region.caller().username());
                RosterRowCheck check = new RosterRowCheck(mapping, categories(c), SponsorshipFees.of(c, region.code()),
                        ExistingRoster.read(c, region.code()), locale);
                RosterStaging staging = new RosterStaging(c, region.code(), id, json);
                PreviewPass pass = new PreviewPass(check, staging, mapping, locale);
                try {
                    Optional<TableRow> row;
                    while ((row = reader.next()).isPresent()) {
                        pass.add(row.get());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                RosterPayload payload = pass.finish(format, reader.encoding().map(e -> e.charset().name()).orElse(null));
                store.savePreview(c, region.code(), id, payload);
                return view(id, payload);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RosterViews.Preview view(UUID id, RosterPayload p) {
        return new RosterViews.Preview(id.toString(), p.format(), p.encoding(), p.rows(), p.sponsors().create(), p.sponsors().update(),
                p.sponsors().unchanged(), p.years(), p.rejectedCount(), p.rejected(), p.sample(), p.columns(), List.of());
    }

    /** Category code and Japanese name (as search keys) → code, for the categories a sponsor may be given. */
    private static Map<String, String> categories(Connection c) throws SQLException {
        Map<String, String> categories = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select code, name_ja from sponsor_categories where not archived");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                categories.put(JapaneseText.searchKey(rs.getString(1)), rs.getString(1));
                categories.put(JapaneseText.searchKey(rs.getString(2)), rs.getString(1));
            }
        }
        return categories;
    }
}
