package jp.mimamo.noren.tables;

import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The first row of a table, naming its columns. Names are matched the way people type them: NFKC, case, spaces and
 * hiragana/katakana do not count, so "フリガナ", "ﾌﾘｶﾞﾅ", "ふりがな" and " フリガナ " name the same column. Empty cells
 * after the last name do not count as columns; two cells with the same name are refused.
 */
public final class Header {
    private final List<String> names;
    private final int cellsInRow;
    private final Map<String, Integer> indexByKey;

    private Header(List<String> names, int cellsInRow, Map<String, Integer> indexByKey) {
        this.names = names;
        this.cellsInRow = cellsInRow;
        this.indexByKey = indexByKey;
    }

    static Header of(TableRow row) {
        List<String> cells = row.cells();
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isBlank()) {
            width--;
        }
        List<String> names = List.copyOf(cells.subList(0, width));
        Map<String, Integer> indexByKey = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String key = key(names.get(i));
            if (!key.isEmpty() && indexByKey.putIfAbsent(key, i) != null) {
                throw TableException.atRow(row.number(), "problem.table.duplicateHeader", names.get(i).strip());
            }
        }
        return new Header(names, cells.size(), indexByKey);
    }

    /** The names as written in the file, up to the last one. */
    public List<String> names() {
        return names;
    }

    public int width() {
        return names.size();
    }

    public OptionalInt indexOf(String name) {
        Integer index = indexByKey.get(key(name));
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * The index of each named column, in the order asked; refuses the file with all the missing names at once.
     */
    public Map<String, Integer> require(List<String> required) {
        Map<String, Integer> indexes = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            indexOf(name).ifPresentOrElse(index -> indexes.put(name, index), () -> missing.add(name));
        }
        if (!missing.isEmpty()) {
            throw TableException.file(ProblemType.VALIDATION, "problem.table.missingColumns", String.join("、", missing));
        }
        return indexes;
    }

    int cellsInRow() {
        return cellsInRow;
    }

    private static String key(String name) {
        return JapaneseText.searchKey(name);
    }
}
