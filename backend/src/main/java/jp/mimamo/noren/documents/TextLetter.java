package jp.mimamo.noren.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A letter whose words come from a template: the date, a title, and the text exactly as written, addressee,
 * greeting, body and signature included. Set on A4 portrait pages; a text longer than one page goes on to the next.
 *
 * @param date  the date the letter is sent, printed as 和暦 at the top right
 * @param title printed centred above the text, or null for none
 * @param text  the filled-in template; line breaks are kept, long lines wrap by Japanese rules
 */
public record TextLetter(LocalDate date, String title, String text) {
    public TextLetter {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (title != null && title.isBlank()) {
            title = null;
        }
    }
}
