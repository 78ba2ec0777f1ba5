package jp.mimamo.noren.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.HistoryEntry.FieldChange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/** Field-by-field change records and their JSON form, for the append-only history tables of every feature. */
@Singleton
public class ChangeLog {
    private static final Argument<List<FieldChange>> CHANGES = Argument.listOf(FieldChange.class);
    private final JsonMapper json;

    ChangeLog(JsonMapper json) {
        this.json = json;
    }

    /** Adds a change when the value differs; empty text counts as no value. */
    public static void compare(List<FieldChange> changes, String field, Object from, Object to) {
        String a = from == null || from.toString().isEmpty() ? null : from.toString();
        String b = to == null || to.toString().isEmpty() ? null : to.toString();
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(field, a, b));
        }
    }

    public String write(List<FieldChange> changes) {
        try {
            return json.writeValueAsString(CHANGES, changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<FieldChange> read(String text) {
        try {
            return json.readValue(text, CHANGES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
