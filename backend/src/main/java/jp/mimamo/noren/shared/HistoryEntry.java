package jp.mimamo.noren.shared;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One change to a record: who, when, what, and why when a reason was required. */
@Serdeable
public record HistoryEntry(Instant at, String actor, String action, String reason, List<FieldChange> changes) {

    /** One field's value before and after; contacts are rendered as one line of text. */
    @Serdeable
    public record FieldChange(String field, String from, String to) {
    }
}
