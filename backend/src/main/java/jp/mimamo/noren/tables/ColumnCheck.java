package jp.mimamo.noren.tables;

/** How the rows after the header are held against it. */
public enum ColumnCheck {
    /**
     * Missing cells at the end of a row are empty; cells beyond the header must be empty. This is what Excel and
     * people write, and the default.
     */
    PAD_SHORT_ROWS,
    /**
     * Every CSV row has exactly as many cells as the header row. An .xlsx has no missing cells, only empty ones, so it
     * is held as {@link #PAD_SHORT_ROWS}.
     */
    EXACT
}
