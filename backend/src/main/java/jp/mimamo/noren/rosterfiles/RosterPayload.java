package jp.mimamo.noren.rosterfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a previewed import keeps about itself (roster_imports.payload); its rows are in the staging tables.
 *
 * @param rejectedCount every rejected row; {@code rejected} lists the first of them
 */
@Serdeable
record RosterPayload(String format, @Nullable String encoding, int rows, Counts sponsors, Counts years, int rejectedCount,
                     List<Rejected> rejected, List<SampleRow> sample, List<ColumnMapping.Column> columns) {

    @Serdeable
    record Counts(int create, int update, int unchanged) {
        int total() {
            return create + update + unchanged;
        }
    }

    @Serdeable
    record Rejected(int row, List<String> messages) {
    }

    /** One of the first rows as it would be applied: the sponsor's action and, for a row with a 年度, the year's. */
    @Serdeable
    record SampleRow(int row, String action, String name, String nameKana, String categoryCode, List<String> changed,
                     @Nullable Integer fiscalYear, @Nullable String yearAction, List<String> yearChanged) {
    }
}
