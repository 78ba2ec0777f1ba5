package jp.mimamo.noren.rosterfiles;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.rosterfiles.RosterPayload.Applied;
import jp.mimamo.noren.rosterfiles.RosterPayload.Fields;
import jp.mimamo.noren.rosterfiles.RosterPayload.Rejected;
import jp.mimamo.noren.rosterfiles.RosterPayload.Row;
import jp.mimamo.noren.shared.ChangeLog;
import jp.mimamo.noren.shared.FieldError;
import jp.mimamo.noren.shared.HistoryEntry.FieldChange;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.sponsors.SponsorForm;
import jp.mimamo.noren.sponsors.SponsorRules;
import jp.mimamo.noren.sponsors.ValidSponsor;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.Header;
import jp.mimamo.noren.tables.TableReader;
import jp.mimamo.noren.tables.TableRow;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Importing a roster file in three steps. Preview reads the whole file and validates every row without touching the
 * roster, keeping the result in roster_imports; apply writes all rows in one region transaction (or none); undo
 * archives what apply created and puts back what it changed. Each sponsor change goes to sponsor_history with an
 * {@code import} entry naming the import.
 */
@Singleton
class RosterImports {
    private static final int SAMPLE = 20;
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
    private final RegionDatabase database;
    private final ChangeLog log;
    private final JsonMapper json;

    RosterImports(RegionDatabase database, ChangeLog log, JsonMapper json) {
        this.database = database;
        this.log = log;
        this.json = json;
    }

    RosterViews.Preview preview(CurrentRegion region, byte[] file, String fileName, Optional<CsvEncoding> encoding, Locale locale) {
        List<TableRow> rows;
        Map<String, Integer> columns = new HashMap<>();
        String format;
        String usedEncoding;
        try (TableReader reader = TableReader.open(new ByteArrayInputStream(file), fileName, encoding)) {
            Header header = reader.header();
            columns.putAll(header.require(RosterColumns.REQUIRED));
            for (String optional : RosterColumns.OPTIONAL) {
                header.indexOf(optional).ifPresent(i -> columns.put(optional, i));
            }
            rows = reader.rows().toList();
            format = reader.format().extension();
            usedEncoding = reader.encoding().map(e -> e.charset().name()).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID id = UUID.randomUUID();
        RosterPayload payload = database.inRegion(region, c -> {
            RosterPayload checked = check(c, region.code(), rows, columns, format, usedEncoding, locale);
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into roster_imports (region_id, id, created_by, payload) values (?, ?, ?, ?::jsonb)")) {
                ps.setString(1, region.code());
                ps.setObject(2, id);
                ps.setString(3, region.caller().username());
                ps.setString(4, write(checked));
                ps.executeUpdate();
            }
            return checked;
        });
        return preview(id, payload);
    }

    RosterViews.Applied apply(CurrentRegion region, String importId) {
        UUID id = parse(importId);
        return database.inRegion(region, c -> {
            RosterPayload payload = lock(c, region.code(), id, "pending");
            if (!payload.rejected().isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.roster.rejectedRows", payload.rejected().size());
            }
            String actor = region.caller().username();
            List<Applied> done = new ArrayList<>();
            int created = 0;
            int updated = 0;
            for (Row row : payload.items()) {
                switch (row.action()) {
                    case "create" -> {
                        long sponsorId = insert(c, region.code(), row.fields());
                        List<FieldChange> changes = marked(id, diff(null, row.fields()));
                        history(c, region.code(), sponsorId, actor, "created", changes);
                        done.add(new Applied(sponsorId, "created", 0, null));
                        created++;
                    }
                    case "update" -> {
                        Stored before = current(c, region.code(), row.sponsorId());
                        if (before == null || before.version() != row.version()) {
                            throw ProblemException.staleVersion();
                        }
                        update(c, region.code(), row.sponsorId(), row.fields());
                        history(c, region.code(), row.sponsorId(), actor, "updated", marked(id, diff(before.fields(), row.fields())));
                        done.add(new Applied(row.sponsorId(), "updated", before.version() + 1, before.fields()));
                        updated++;
                    }
                    default -> { }
                }
            }
            save(c, region.code(), id, "applied", payload.withApplied(done));
            return new RosterViews.Applied(id.toString(), "applied", created, updated, payload.items().size() - created - updated);
        });
    }

    RosterViews.Undone undo(CurrentRegion region, String importId) {
        UUID id = parse(importId);
        return database.inRegion(region, c -> {
            RosterPayload payload = lock(c, region.code(), id, "applied");
            String actor = region.caller().username();
            int archived = 0;
            int restored = 0;
            List<Applied> done = payload.applied() == null ? List.of() : payload.applied();
            for (int i = done.size() - 1; i >= 0; i--) {
                Applied applied = done.get(i);
                Stored now = current(c, region.code(), applied.sponsorId());
                if (now == null || now.version() != applied.versionAfter()) {
                    throw new ProblemException(ProblemType.STALE_VERSION, "problem.roster.changedSinceImport", now == null ? "" : now.fields().name());
                }
                if ("created".equals(applied.action())) {
                    if (!now.archived()) {
                        try (PreparedStatement ps = c.prepareStatement("update sponsors set archived_at = now(), version = version + 1,"
                                + " updated_at = now() where region_id = ? and id = ?")) {
                            ps.setString(1, region.code());
                            ps.setLong(2, applied.sponsorId());
                            ps.executeUpdate();
                        }
                        history(c, region.code(), applied.sponsorId(), actor, "archived", marked(id, List.of()));
                        archived++;
                    }
                } else {
                    update(c, region.code(), applied.sponsorId(), applied.before());
                    history(c, region.code(), applied.sponsorId(), actor, "updated", marked(id, diff(now.fields(), applied.before())));
                    restored++;
                }
            }
            save(c, region.code(), id, "undone", payload);
            return new RosterViews.Undone(id.toString(), "undone", archived, restored);
        });
    }

    // --- preview -----------------------------------------------------------------------------------------------

    private RosterPayload check(Connection c, String region, List<TableRow> rows, Map<String, Integer> columns, String format,
                                String encoding, Locale locale) throws SQLException {
        Map<String, String> categories = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select code, name_ja from sponsor_categories where not archived");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                categories.put(JapaneseText.searchKey(rs.getString(1)), rs.getString(1));
                categories.put(JapaneseText.searchKey(rs.getString(2)), rs.getString(1));
            }
        }
        Set<String> active = Set.copyOf(categories.values());
        Map<String, List<Stored>> existing = existing(c, region);
        Map<String, Integer> seen = new HashMap<>();
        List<Row> items = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (TableRow row : rows) {
            List<String> messages = new ArrayList<>();
            String name = cell(row, columns, RosterColumns.NAME);
            String kana = cell(row, columns, RosterColumns.KANA);
            String key = key(name, JapaneseText.reading(kana));
            Integer earlier = seen.putIfAbsent(key, row.number());
            if (earlier != null && name != null && !name.isBlank()) {
                messages.add(Messages.get(locale, "validation.roster.duplicateRow", earlier));
            }
            List<Stored> matches = existing.getOrDefault(key, List.of());
            if (matches.size() > 1) {
                messages.add(Messages.get(locale, "validation.roster.ambiguous"));
            }
            Stored match = matches.size() == 1 ? matches.get(0) : null;
            Fields base = match == null ? new Fields(null, null, null, null, null, null, null, null, null) : match.fields();
            String category = cell(row, columns, RosterColumns.CATEGORY);
            String categoryCode = category == null ? null : categories.getOrDefault(JapaneseText.searchKey(category), category.strip());
            LocalDate joined = null;
            String joinedText = columns.containsKey(RosterColumns.JOINED) ? cell(row, columns, RosterColumns.JOINED) : base.joinedOn();
            if (joinedText != null && !joinedText.isBlank()) {
                joined = date(joinedText);
                if (joined == null) {
                    messages.add(RosterColumns.JOINED + ": " + Messages.get(locale, "validation.roster.date"));
                }
            }
            checkSponsorshipColumns(row, columns, messages, locale);
            SponsorForm form = new SponsorForm(name, kana, categoryCode,
                    pick(row, columns, RosterColumns.POSTAL, base.postalCode()), pick(row, columns, RosterColumns.ADDRESS, base.address()),
                    pick(row, columns, RosterColumns.PHONE, base.phone()), pick(row, columns, RosterColumns.EMAIL, base.email()),
                    joined, pick(row, columns, RosterColumns.NOTES, base.notes()), null, null);
            ValidSponsor valid = null;
            try {
                valid = SponsorRules.validate(form, active, locale);
            } catch (ProblemException e) {
                for (FieldError error : e.errors()) {
                    messages.add(RosterColumns.FIELD_TITLES.getOrDefault(error.field(), error.field()) + ": " + error.message());
                }
            }
            if (!messages.isEmpty() || valid == null) {
                rejected.add(new Rejected(row.number(), messages));
                continue;
            }
            Fields fields = new Fields(valid.name(), valid.nameKana(), valid.categoryCode(), valid.postalCode(), valid.address(),
                    valid.phone(), valid.email(), valid.joinedOn() == null ? null : valid.joinedOn().toString(), valid.notes());
            if (match == null) {
                items.add(new Row(row.number(), "create", null, null, fields, List.of()));
            } else {
                List<String> changed = diff(match.fields(), fields).stream().map(FieldChange::field).toList();
                items.add(new Row(row.number(), changed.isEmpty() ? "unchanged" : "update", match.id(), match.version(), fields, changed));
            }
        }
        return new RosterPayload(format, encoding, rows.size(), items, rejected, null);
    }

    private static void checkSponsorshipColumns(TableRow row, Map<String, Integer> columns, List<String> messages, Locale locale) {
        String units = JapaneseText.folded(cell(row, columns, RosterColumns.UNITS));
        if (units != null) {
            Integer value = null;
            try {
                value = Integer.parseInt(units);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (value == null || value < 0 || value > 1000) {
                messages.add(RosterColumns.UNITS + ": " + Messages.get(locale, "validation.range", 0, 1000));
            }
        }
        String answer = JapaneseText.trimmed(cell(row, columns, RosterColumns.ANSWER));
        if (answer != null && !RosterColumns.ANSWERS.containsValue(answer) && !RosterColumns.ANSWERS.containsKey(answer)) {
            messages.add(RosterColumns.ANSWER + ": " + Messages.get(locale, "validation.oneOf",
                    String.join("、", List.of("未回答", "継続", "辞退", "新規"))));
        }
    }

    private static String cell(TableRow row, Map<String, Integer> columns, String title) {
        Integer index = columns.get(title);
        return index == null ? null : row.cell(index);
    }

    /** The file's value when it has the column (blank clears it), else the stored one. */
    private static String pick(TableRow row, Map<String, Integer> columns, String title, String stored) {
        return columns.containsKey(title) ? cell(row, columns, title) : stored;
    }

    private static LocalDate date(String text) {
        String folded = JapaneseText.folded(text);
        try {
            return LocalDate.parse(folded);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(folded, SLASHED);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String key(String name, String kana) {
        return JapaneseText.searchKey(name) + "\u0000" + JapaneseText.searchKey(kana);
    }

    private static RosterViews.Preview preview(UUID id, RosterPayload payload) {
        int create = 0;
        int update = 0;
        int unchanged = 0;
        List<RosterViews.SampleRow> sample = new ArrayList<>();
        for (Row row : payload.items()) {
            switch (row.action()) {
                case "create" -> create++;
                case "update" -> update++;
                default -> unchanged++;
            }
            if (sample.size() < SAMPLE) {
                sample.add(new RosterViews.SampleRow(row.row(), row.action(), row.fields().name(), row.fields().nameKana(),
                        row.fields().categoryCode(), row.changed()));
            }
        }
        return new RosterViews.Preview(id.toString(), payload.format(), payload.encoding(), payload.rows(), create, update,
                unchanged, payload.rejected(), sample);
    }

    // --- storage -----------------------------------------------------------------------------------------------

    /** A sponsor as stored now. */
    private record Stored(long id, int version, boolean archived, Fields fields) {
    }

    private static final String STORED_COLUMNS = "id, version, archived_at is not null, name, name_kana, category_code,"
            + " postal_code, address, phone, email, joined_on, notes";

    private static Stored stored(ResultSet rs) throws SQLException {
        Date joined = rs.getDate(11);
        return new Stored(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), new Fields(rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                joined == null ? null : joined.toLocalDate().toString(), rs.getString(12)));
    }

    private static Map<String, List<Stored>> existing(Connection c, String region) throws SQLException {
        Map<String, List<Stored>> byKey = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select " + STORED_COLUMNS + " from sponsors where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Stored s = stored(rs);
                    byKey.computeIfAbsent(key(s.fields().name(), s.fields().nameKana()), k -> new ArrayList<>()).add(s);
                }
            }
        }
        return byKey;
    }

    private static Stored current(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + STORED_COLUMNS + " from sponsors where region_id = ? and id = ? for update")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? stored(rs) : null;
            }
        }
    }

    private static long insert(Connection c, String region, Fields f) throws SQLException {
        String sql = """
                insert into sponsors (region_id, category_code, name, name_kana, search_key, postal_code, address,
                                      phone, email, joined_on, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            bind(ps, 2, f);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(Connection c, String region, long id, Fields f) throws SQLException {
        String sql = """
                update sponsors set category_code = ?, name = ?, name_kana = ?, search_key = ?, postal_code = ?,
                       address = ?, phone = ?, email = ?, joined_on = ?, notes = ?,
                       version = version + 1, updated_at = now()
                where region_id = ? and id = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = bind(ps, 1, f);
            ps.setString(next, region);
            ps.setLong(next + 1, id);
            if (ps.executeUpdate() != 1) {
                throw ProblemException.staleVersion();
            }
        }
    }

    private static int bind(PreparedStatement ps, int from, Fields f) throws SQLException {
        ps.setString(from, f.categoryCode());
        ps.setString(from + 1, f.name());
        ps.setString(from + 2, f.nameKana());
        ps.setString(from + 3, JapaneseText.searchKey(f.name()) + " " + JapaneseText.searchKey(f.nameKana()));
        ps.setString(from + 4, f.postalCode());
        ps.setString(from + 5, f.address());
        ps.setString(from + 6, f.phone());
        ps.setString(from + 7, f.email());
        ps.setDate(from + 8, f.joinedOn() == null ? null : Date.valueOf(LocalDate.parse(f.joinedOn())));
        ps.setString(from + 9, f.notes());
        return from + 10;
    }

    private void history(Connection c, String region, long sponsorId, String actor, String action, List<FieldChange> changes)
            throws SQLException {
        String sql = "insert into sponsor_history (region_id, sponsor_id, actor, action, changes) values (?, ?, ?, ?, ?::jsonb)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            ps.setString(3, actor);
            ps.setString(4, action);
            ps.setString(5, log.write(changes));
            ps.executeUpdate();
        }
    }

    /** Field changes in the sponsor history's own field names. */
    private static List<FieldChange> diff(Fields before, Fields after) {
        List<FieldChange> changes = new ArrayList<>();
        ChangeLog.compare(changes, "name", before == null ? null : before.name(), after.name());
        ChangeLog.compare(changes, "nameKana", before == null ? null : before.nameKana(), after.nameKana());
        ChangeLog.compare(changes, "categoryCode", before == null ? null : before.categoryCode(), after.categoryCode());
        ChangeLog.compare(changes, "postalCode", before == null ? null : before.postalCode(), after.postalCode());
        ChangeLog.compare(changes, "address", before == null ? null : before.address(), after.address());
        ChangeLog.compare(changes, "phone", before == null ? null : before.phone(), after.phone());
        ChangeLog.compare(changes, "email", before == null ? null : before.email(), after.email());
        ChangeLog.compare(changes, "joinedOn", before == null ? null : before.joinedOn(), after.joinedOn());
        ChangeLog.compare(changes, "notes", before == null ? null : before.notes(), after.notes());
        return changes;
    }

    /** The history entry names the import it came from as a first pseudo-change {@code import: → id}. */
    private static List<FieldChange> marked(UUID importId, List<FieldChange> changes) {
        List<FieldChange> all = new ArrayList<>();
        all.add(new FieldChange("import", null, importId.toString()));
        all.addAll(changes);
        return all;
    }

    private RosterPayload lock(Connection c, String region, UUID id, String expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select status, payload::text from roster_imports where region_id = ? and id = ? for update")) {
            ps.setString(1, region);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound();
                }
                String status = rs.getString(1);
                if (!Objects.equals(status, expected)) {
                    throw new ProblemException(ProblemType.CONFLICT, switch (status) {
                        case "applied" -> "problem.roster.alreadyApplied";
                        case "undone" -> "problem.roster.alreadyUndone";
                        default -> "problem.roster.notApplied";
                    });
                }
                return read(rs.getString(2));
            }
        }
    }

    private void save(Connection c, String region, UUID id, String status, RosterPayload payload) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update roster_imports set status = ?, payload = ?::jsonb where region_id = ? and id = ?")) {
            ps.setString(1, status);
            ps.setString(2, write(payload));
            ps.setString(3, region);
            ps.setObject(4, id);
            ps.executeUpdate();
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }

    private String write(RosterPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RosterPayload read(String text) {
        try {
            return json.readValue(text, RosterPayload.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
