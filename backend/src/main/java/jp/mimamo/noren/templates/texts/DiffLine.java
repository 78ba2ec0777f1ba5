package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

/** One line of a line-by-line comparison: {@code same}, {@code removed} (only before) or {@code added} (only after). */
@Serdeable
public record DiffLine(String op, String text) {
    static DiffLine same(String text) {
        return new DiffLine("same", text);
    }

    static DiffLine removed(String text) {
        return new DiffLine("removed", text);
    }

    static DiffLine added(String text) {
        return new DiffLine("added", text);
    }
}
