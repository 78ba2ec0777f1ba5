package jp.mimamo.noren.rosterfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answers of the roster file endpoints. */
final class RosterViews {
    private RosterViews() {
    }

    /**
     * A previewed import: what it would create, update and leave unchanged (sponsors, and years), every rejected row
     * (the first {@value RosterPreviews#MAX_REJECTED_SHOWN} listed), the first rows, and how the file's columns were
     * read. When a required field has no column, {@code missing} names it and nothing else was read ({@code importId}
     * is null).
     */
    @Serdeable
    record Preview(@Nullable String importId, String format, @Nullable String encoding, int rows, int create, int update,
                   int unchanged, RosterPayload.Counts years, int rejectedCount, List<RosterPayload.Rejected> rejected,
                   List<RosterPayload.SampleRow> sample, List<ColumnMapping.Column> columns, List<String> missing) {
    }

    /**
     * Where an import stands: pending (previewed), applying ({@code done} of {@code total} rows written so far, in a
     * transaction that commits only at the end), applied, failed (nothing written; {@code error} says why) or undone.
     */
    @Serdeable
    record Status(String importId, String status, int done, int total, int create, int update, int unchanged,
                  RosterPayload.Counts years, @Nullable String error) {
    }

    @Serdeable
    record Undone(String importId, String status, int archived, int restored, int yearsRemoved, int yearsRestored) {
    }
}
