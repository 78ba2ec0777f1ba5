package jp.mimamo.noren.tables;

import java.util.Objects;

/**
 * A column of an export: its header title and how an .xlsx cell holds it. Values are always given as text.
 *
 * @param title the header cell
 * @param kind  {@link Kind#TEXT} keeps leading zeros (postal codes, phone numbers); {@link Kind#DATE} takes
 *              yyyy-MM-dd and writes a real Excel date, which reads back as the same text
 */
public record TableColumn(String title, Kind kind) {
    public enum Kind { TEXT, DATE }

    public TableColumn {
        Objects.requireNonNull(title);
        Objects.requireNonNull(kind);
    }

    public static TableColumn text(String title) {
        return new TableColumn(title, Kind.TEXT);
    }

    public static TableColumn date(String title) {
        return new TableColumn(title, Kind.DATE);
    }
}
