package jp.mimamo.noren.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A bordered table drawn by {@link Page#table}: fixed column widths, one string per cell, newlines allowed. */
public final class Table {
    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();

    private Table(List<Column> columns) {
        this.columns = columns;
    }

    public static Table of(Column... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a table needs a column");
        }
        return new Table(List.of(columns));
    }

    /** Adds a row; a missing (null) cell is left empty. */
    public Table row(String... cells) {
        rows.add(new Row(cells(cells), false));
        return this;
    }

    /** Adds a row whose every cell is shaded: the headings above the columns (品目・数量・単価・金額). */
    public Table heading(String... cells) {
        rows.add(new Row(cells(cells), true));
        return this;
    }

    private List<String> cells(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        return Arrays.stream(cells).map(c -> Objects.requireNonNullElse(c, "")).toList();
    }

    List<Column> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    /** The total width in millimetres. */
    public float width() {
        float width = 0;
        for (Column column : columns) {
            width += column.width();
        }
        return width;
    }

    record Row(List<String> cells, boolean shaded) {
    }

    public enum Align { LEFT, CENTRE, RIGHT }

    /** A column's width in millimetres, how its text is aligned, and whether its cells are shaded (項目 labels). */
    public record Column(float width, Align align, boolean shaded) {
        public Column {
            Objects.requireNonNull(align, "align");
            if (width <= 0) {
                throw new IllegalArgumentException("width must be positive");
            }
        }

        /** Shaded, left-aligned: the label of a label/value row. */
        public static Column label(float width) {
            return new Column(width, Align.LEFT, true);
        }

        public static Column text(float width) {
            return new Column(width, Align.LEFT, false);
        }

        /** Right-aligned, for amounts. */
        public static Column amount(float width) {
            return new Column(width, Align.RIGHT, false);
        }
    }
}
