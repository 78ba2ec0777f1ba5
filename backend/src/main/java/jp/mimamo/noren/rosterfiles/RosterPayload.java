package jp.mimamo.noren.rosterfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a previewed import keeps server-side (roster_imports.payload): the validated rows, the rejected ones, and after
 * apply what undo needs.
 */
@Serdeable
record RosterPayload(String format, @Nullable String encoding, int rows, List<Row> items, List<Rejected> rejected,
                     @Nullable List<Applied> applied) {

    /** The stored fields of a sponsor, normalised; null for a column the file did not have (keep the stored value). */
    @Serdeable
    record Fields(@Nullable String name, @Nullable String nameKana, @Nullable String categoryCode, @Nullable String postalCode,
                  @Nullable String address, @Nullable String phone, @Nullable String email, @Nullable String joinedOn,
                  @Nullable String notes) {
    }

    /** One valid row: create, update (of sponsorId at version) or unchanged. */
    @Serdeable
    record Row(int row, String action, @Nullable Long sponsorId, @Nullable Integer version, Fields fields,
               List<String> changed) {
    }

    @Serdeable
    record Rejected(int row, List<String> messages) {
    }

    /** What apply did to one sponsor: its fields before (updates) and its version after, for undo. */
    @Serdeable
    record Applied(long sponsorId, String action, int versionAfter, @Nullable Fields before) {
    }

    RosterPayload withApplied(List<Applied> done) {
        return new RosterPayload(format, encoding, rows, items, rejected, done);
    }
}
