package jp.mimamo.noren.rosterfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A region's saved column mapping: which header of its files feeds which roster field, applied to every preview. */
@Singleton
class RosterMappings {
    static final int MAX_ENTRIES = 100;
    private static final Argument<List<Entry>> ENTRIES = Argument.listOf(Entry.class);
    private final RegionDatabase database;
    private final JsonMapper json;

    RosterMappings(RegionDatabase database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    /** A header and the field it feeds; a null field means the column is not imported. */
    @Serdeable
    record Entry(@Nullable String header, @Nullable String field) {
    }

    /** The saved mapping, or none yet (version null), with the fields a column can feed. */
    @Serdeable
    record View(List<Entry> entries, @Nullable Integer version, List<FieldView> fields) {
    }

    @Serdeable
    record FieldView(String id, String title, boolean required, boolean ofYear) {
    }

    /** What a region admin saves; {@code version} is the one read (null for a first save). */
    @Serdeable
    record Form(@Nullable List<Entry> entries, @Nullable Integer version) {
    }

    View get(CurrentRegion region) {
        return database.inRegion(region, c -> view(c, region.code()));
    }

    View save(CurrentRegion region, Form form, Locale locale) {
        List<Entry> entries = checked(form, locale);
        return database.inRegion(region, c -> {
            String sql = form.version() == null
                    ? "insert into roster_column_mappings (entries, updated_by, region_id) values (?::jsonb, ?, ?) on conflict (region_id) do nothing"
                    : "update roster_column_mappings set entries = ?::jsonb, updated_by = ?, version = version + 1, updated_at = now()"
                      + " where region_id = ? and version = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, write(entries));
                ps.setString(2, region.caller().username());
                ps.setString(3, region.code());
                if (form.version() != null) {
                    ps.setInt(4, form.version());
                }
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.staleVersion();
                }
            }
            return view(c, region.code());
        });
    }

    /** The saved entries, for a preview running in the region's transaction. */
    List<Entry> entries(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select entries::text from roster_column_mappings where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs.getString(1)) : List.of();
            }
        }
    }

    private View view(Connection c, String region) throws SQLException {
        List<FieldView> fields = RosterField.all().stream().map(f -> new FieldView(f.id, f.title, f.required, f.ofYear)).toList();
        try (PreparedStatement ps = c.prepareStatement("select entries::text, version from roster_column_mappings where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new View(read(rs.getString(1)), rs.getInt(2), fields) : new View(List.of(), null, fields);
            }
        }
    }

    private static List<Entry> checked(Form form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        List<Entry> given = form.entries() == null ? List.of() : form.entries();
        if (given.size() > MAX_ENTRIES) {
            errors.reject("entries", "validation.roster.tooManyMappings", MAX_ENTRIES);
            errors.throwIfAny();
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> headers = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Entry entry = given.get(i);
            String header = entry == null ? null : JapaneseText.trimmed(entry.header());
            String field = entry == null ? null : JapaneseText.trimmed(entry.field());
            if (header == null) {
                errors.reject("entries[" + i + "].header", "validation.required");
            } else if (header.length() > 100) {
                errors.reject("entries[" + i + "].header", "validation.tooLong", 100);
            } else if (!headers.add(JapaneseText.searchKey(header))) {
                errors.reject("entries[" + i + "].header", "validation.roster.duplicateHeader", header);
            }
            if (field != null && RosterField.byId(field).isEmpty()) {
                errors.reject("entries[" + i + "].field", "validation.oneOf",
                        String.join(", ", RosterField.all().stream().map(f -> f.id).toList()));
            } else if (field != null && !fields.add(field)) {
                errors.reject("entries[" + i + "].field", "validation.roster.fieldTwice", RosterField.byId(field).orElseThrow().title);
            }
            entries.add(new Entry(header, field));
        }
        errors.throwIfAny();
        return entries;
    }

    private String write(List<Entry> entries) {
        try {
            return json.writeValueAsString(ENTRIES, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Entry> read(String text) {
        try {
            return json.readValue(text, ENTRIES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
