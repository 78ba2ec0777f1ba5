package jp.mimamo.noren.documents;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Draws a {@link TextLetter} on as many A4 portrait pages as its text needs. */
final class TextLetterLayout {
    private static final float LEFT = 25;
    private static final float RIGHT = 185;
    private static final float TOP = 20;
    private static final float BOTTOM = 277;
    private static final TextStyle BODY = TextStyle.mincho(10.5f).withLineHeight(1.7f);
    private static final TextStyle TITLE = TextStyle.gothic(14);

    private TextLetterLayout() {
    }

    static void write(JapanesePdf pdf, TextLetter letter) throws IOException {
        Deque<String> lines = new ArrayDeque<>();
        pdf.page(PageSize.A4_PORTRAIT, page -> {
            float y = page.textRight(RIGHT, TOP, JapaneseDates.format(letter.date()), BODY);
            if (letter.title() != null) {
                for (String line : page.wrap(letter.title(), RIGHT - LEFT, TITLE)) {
                    y = page.textCentred(page.width() / 2, y, line, TITLE);
                }
                y += 6;
            }
            lines.addAll(page.wrap(letter.text(), RIGHT - LEFT, BODY));
            drawWhatFits(page, y + 4, lines);
        });
        while (!lines.isEmpty()) {
            pdf.page(PageSize.A4_PORTRAIT, page -> drawWhatFits(page, TOP, lines));
        }
    }

    private static void drawWhatFits(Page page, float top, Deque<String> lines) {
        float y = top;
        while (!lines.isEmpty() && y + BODY.lineMillimetres() <= BOTTOM) {
            y = page.text(LEFT, y, lines.removeFirst(), BODY);
        }
    }
}
