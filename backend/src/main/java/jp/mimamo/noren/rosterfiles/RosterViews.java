package jp.mimamo.noren.rosterfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answers of the roster file endpoints. */
final class RosterViews {
    private RosterViews() {
    }

    /** A previewed import: counts, every rejected row, and the first rows as they would be applied. */
    @Serdeable
    record Preview(String importId, String format, @Nullable String encoding, int rows, int create, int update,
                   int unchanged, List<RosterPayload.Rejected> rejected, List<SampleRow> sample) {
    }

    @Serdeable
    record SampleRow(int row, String action, String name, String nameKana, String categoryCode, List<String> changed) {
    }

    @Serdeable
    record Applied(String importId, String status, int created, int updated, int unchanged) {
    }

    @Serdeable
    record Undone(String importId, String status, int archived, int restored) {
    }
}
