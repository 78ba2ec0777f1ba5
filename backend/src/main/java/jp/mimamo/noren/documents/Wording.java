package jp.mimamo.noren.documents;

import java.util.Objects;

/**
 * The words of a printed document that come from the template library, already filled in: its title, and a text
 * whose first paragraph is the main statement and whose remaining paragraphs (after the first blank line) are the
 * notes printed smaller.
 */
public record Wording(String title, String text) {
    public Wording {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    String main() {
        int gap = text.indexOf("\n\n");
        return (gap < 0 ? text : text.substring(0, gap)).strip();
    }

    /** What follows the first blank line; empty when there is nothing. */
    String notes() {
        int gap = text.indexOf("\n\n");
        return gap < 0 ? "" : text.substring(gap + 2).strip();
    }
}
