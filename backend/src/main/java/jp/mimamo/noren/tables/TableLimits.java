package jp.mimamo.noren.tables;

/**
 * What one upload may hold. The defaults fit a year of a region's sponsors many times over; the cell length is
 * Excel's own maximum.
 *
 * @param maxBytes      size of the uploaded file
 * @param maxRows       data rows (blank rows and the header row do not count)
 * @param maxColumns    cells in one row
 * @param maxCellLength characters in one cell
 */
public record TableLimits(long maxBytes, int maxRows, int maxColumns, int maxCellLength) {
    public static final TableLimits DEFAULT = new TableLimits(50L * 1024 * 1024, 200_000, 1_000, 32_767);

    public TableLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public TableLimits withMaxRows(int rows) {
        return new TableLimits(maxBytes, rows, maxColumns, maxCellLength);
    }

    public TableLimits withMaxBytes(long bytes) {
        return new TableLimits(bytes, maxRows, maxColumns, maxCellLength);
    }

    /** The file size limit in whole megabytes, as the messages show it. */
    int maxMegabytes() {
        return (int) Math.max(1, maxBytes / (1024 * 1024));
    }
}
