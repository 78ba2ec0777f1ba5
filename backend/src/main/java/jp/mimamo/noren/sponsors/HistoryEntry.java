package jp.mimamo.noren.sponsors;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One change to a sponsor: who, when, what. */
@Serdeable
public record HistoryEntry(Instant at, String actor, String action, List<FieldChange> changes) {

    /** One field's value before and after; contacts are rendered as one line of text. */
    @Serdeable
    public record FieldChange(String field, String from, String to) {
    }
}
