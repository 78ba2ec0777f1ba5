package jp.mimamo.noren.registryfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answers of the registry file endpoints, and what an import keeps about itself (registry_imports.payload). */
final class RegistryViews {
    private RegistryViews() {
    }

    /** How the file's columns were read: the field each feeds, or null when it is not imported. */
    @Serdeable
    record Column(int index, String header, @Nullable String field) {
    }

    @Serdeable
    record Rejected(int row, List<String> messages) {
    }

    /** One of the first rows as it would be applied. */
    @Serdeable
    record SampleRow(int row, String action, String name, String nameKana, String centre, List<String> changed,
                     @Nullable String number, boolean issueNumber) {
    }

    /**
     * The payload of an import. {@code rejected} lists the first {@value RegistryPreviews#MAX_REJECTED_SHOWN} of
     * {@code rejectedCount} rows that cannot be imported; {@code issue} rows get a new keychain number.
     */
    @Serdeable
    record Payload(String format, @Nullable String encoding, int rows, int create, int update, int unchanged, int issue,
                   int rejectedCount, List<Rejected> rejected, List<SampleRow> sample, List<Column> columns,
                   boolean issueNumbers) {
        int total() {
            return create + update + unchanged;
        }
    }

    /** A previewed import; when a required field has no column, {@code missing} names it and {@code importId} is null. */
    @Serdeable
    record Preview(@Nullable String importId, Payload summary, List<String> missing) {
    }

    /** Where an import stands: pending, applying ({@code done} of {@code total}), applied, failed ({@code error}), undone. */
    @Serdeable
    record Status(String importId, String status, int done, int total, int create, int update, int unchanged, int issue,
                  @Nullable String error) {
    }

    @Serdeable
    record Undone(String importId, String status, int removed, int restored) {
    }

    /** Why an apply failed, as a message key and its arguments, rendered in the language of whoever asks. */
    @Serdeable
    record Failure(String key, List<String> args) {
    }
}
