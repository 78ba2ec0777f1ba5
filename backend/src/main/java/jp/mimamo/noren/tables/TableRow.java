package jp.mimamo.noren.tables;

import java.util.List;

/**
 * One row of a table as text.
 *
 * @param number the 1-based row number a spreadsheet shows (the header is row 1), for messages like "3行目"
 * @param cells  the cells, never null; empty cells are ""
 */
public record TableRow(int number, List<String> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based index, or "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
