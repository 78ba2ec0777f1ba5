package jp.mimamo.noren.rosterfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.tables.TableRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of one file holds which roster field. The region's saved choices come first (a header saved as
 * "not imported" stays unmapped), then the titles the export writes; a field is taken by one column at most.
 * Headers are compared the way people type them (NFKC, spaces and kana kind ignored).
 */
final class ColumnMapping {
    static final String SAVED = "saved";
    static final String TITLE = "title";

    /** One column of the file and the field it feeds; {@code source} says why (saved, title, or null: unmapped). */
    @Serdeable
    record Column(int index, String header, @Nullable String field, @Nullable String source) {
    }

    private final List<Column> columns;
    private final Map<RosterField, Integer> indexByField;

    private ColumnMapping(List<Column> columns, Map<RosterField, Integer> indexByField) {
        this.columns = columns;
        this.indexByField = indexByField;
    }

    static ColumnMapping resolve(List<String> headers, List<RosterMappings.Entry> saved) {
        Map<String, RosterMappings.Entry> savedByKey = new HashMap<>();
        for (RosterMappings.Entry entry : saved) {
            savedByKey.putIfAbsent(JapaneseText.searchKey(entry.header()), entry);
        }
        RosterField[] fields = new RosterField[headers.size()];
        String[] sources = new String[headers.size()];
        Map<RosterField, Integer> indexByField = new EnumMap<>(RosterField.class);
        for (int i = 0; i < headers.size(); i++) {
            RosterMappings.Entry entry = headers.get(i).isBlank() ? null : savedByKey.get(JapaneseText.searchKey(headers.get(i)));
            if (entry != null) {
                sources[i] = SAVED;
                RosterField field = RosterField.byId(entry.field()).orElse(null);
                if (field != null && !indexByField.containsKey(field)) {
                    indexByField.put(field, i);
                    fields[i] = field;
                }
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            RosterField field = sources[i] != null || headers.get(i).isBlank() ? null : RosterField.byHeader(headers.get(i)).orElse(null);
            if (field != null && !indexByField.containsKey(field)) {
                indexByField.put(field, i);
                fields[i] = field;
                sources[i] = TITLE;
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new Column(i, headers.get(i).strip(), fields[i] == null ? null : fields[i].id, sources[i]));
        }
        return new ColumnMapping(List.copyOf(columns), indexByField);
    }

    List<Column> columns() {
        return columns;
    }

    boolean has(RosterField field) {
        return indexByField.containsKey(field);
    }

    /** The cell of {@code field} in the row, or null when no column holds it. */
    String cell(TableRow row, RosterField field) {
        Integer index = indexByField.get(field);
        return index == null ? null : row.cell(index);
    }

    /** The header the file uses for a field, for row messages; the field's own title when unmapped. */
    String header(RosterField field) {
        Integer index = indexByField.get(field);
        return index == null ? field.title : columns.get(index).header();
    }

    List<RosterField> missingRequired() {
        return RosterField.all().stream().filter(f -> f.required && !indexByField.containsKey(f)).toList();
    }
}
