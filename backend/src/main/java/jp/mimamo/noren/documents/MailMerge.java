package jp.mimamo.noren.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BiConsumer;

/**
 * Many documents of one kind as a single PDF, one page each, for printing in one go. The items are read one at a
 * time and each page is finished before the next is drawn, so an {@link Iterable} backed by a database cursor keeps
 * memory flat however many there are. Writes nothing if a page fails.
 */
public final class MailMerge {
    private MailMerge() {
    }

    /** One renewal letter per page. */
    public static void write(OutputStream out, Iterable<RenewalLetter> letters) throws IOException {
        write(out, "協賛継続のお願い", PageSize.A4_PORTRAIT, letters, RenewalLetterLayout::draw);
    }

    /** Letters written from templates, each starting on a new page and taking as many pages as its text needs. */
    public static void writeTextLetters(OutputStream out, String title, Iterable<TextLetter> letters) throws IOException {
        try (JapanesePdf pdf = JapanesePdf.open(out, title)) {
            for (TextLetter letter : letters) {
                TextLetterLayout.write(pdf, letter);
            }
        }
    }

    /** One page of the given size per item, drawn by {@code layout}. */
    public static <T> void write(OutputStream out, String title, PageSize size, Iterable<T> items,
                                 BiConsumer<Page, T> layout) throws IOException {
        try (JapanesePdf pdf = JapanesePdf.open(out, title)) {
            for (T item : items) {
                pdf.page(size, page -> layout.accept(page, item));
            }
        }
    }
}
