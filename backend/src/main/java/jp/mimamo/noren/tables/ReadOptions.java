package jp.mimamo.noren.tables;

import java.util.Objects;
import java.util.Optional;

/**
 * How to read one file.
 *
 * @param encoding a CSV encoding chosen by the person uploading; empty to detect it
 * @param sheet    the .xlsx sheet to read; empty for the first visible sheet
 * @param limits   what the file may hold
 */
public record ReadOptions(Optional<CsvEncoding> encoding, Optional<String> sheet, TableLimits limits) {
    public static final ReadOptions DEFAULT = new ReadOptions(Optional.empty(), Optional.empty(), TableLimits.DEFAULT);

    public ReadOptions {
        Objects.requireNonNull(encoding);
        Objects.requireNonNull(sheet);
        Objects.requireNonNull(limits);
    }

    public ReadOptions withEncoding(Optional<CsvEncoding> forced) {
        return new ReadOptions(forced, sheet, limits);
    }

    public ReadOptions withSheet(String name) {
        return new ReadOptions(encoding, Optional.of(name), limits);
    }

    public ReadOptions withLimits(TableLimits newLimits) {
        return new ReadOptions(encoding, sheet, newLimits);
    }
}
