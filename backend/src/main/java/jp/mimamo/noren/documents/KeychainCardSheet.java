package jp.mimamo.noren.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Keychain cards on A4 sheets, {@value #PER_SHEET} to a sheet: each card is a strip of two {@value #FACE_WIDTH} ×
 * {@value #FACE_HEIGHT} mm faces, front above back, to be cut out along the crop marks and folded along the dashed
 * line so that it slides into the keychain's holder.
 */
public final class KeychainCardSheet {
    public static final float FACE_WIDTH = 54;
    public static final float FACE_HEIGHT = 34;
    static final int COLUMNS = 3;
    static final int ROWS = 3;
    public static final int PER_SHEET = COLUMNS * ROWS;
    private static final float GAP_X = 10;
    private static final float GAP_Y = 12;
    private static final float PAD = 3;
    private static final float MARK = 3;
    private static final float MARK_OFFSET = 1.5f;
    private static final TextStyle NOTE = TextStyle.mincho(7.5f).withLineHeight(1.3f);
    private static final TextStyle SMALL = TextStyle.gothic(5.5f).withLineHeight(1.3f);
    private static final TextStyle LABEL = TextStyle.gothic(6.5f).withLineHeight(1.3f);
    private static final TextStyle CENTRE = TextStyle.gothic(8).withLineHeight(1.3f);
    private static final TextStyle PHONE = TextStyle.gothic(13).withLineHeight(1.2f);
    private static final TextStyle NUMBER = TextStyle.gothic(10).withLineHeight(1.2f);
    private static final float QR = 21;

    private KeychainCardSheet() {
    }

    /** Writes the cards, in order, on as many sheets as they need; an empty list is refused. */
    public static void write(OutputStream out, List<KeychainCard> cards) throws IOException {
        write(out, cards, KeychainCardTexts.STANDARD);
    }

    /** As {@link #write(OutputStream, List)}, with the words of the template library. */
    public static void write(OutputStream out, List<KeychainCard> cards, KeychainCardTexts texts) throws IOException {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("No cards to print");
        }
        try (JapanesePdf pdf = JapanesePdf.open(out, "見守りキーホルダー カード")) {
            for (int first = 0; first < cards.size(); first += PER_SHEET) {
                List<KeychainCard> sheet = cards.subList(first, Math.min(cards.size(), first + PER_SHEET));
                pdf.page(PageSize.A4_PORTRAIT, page -> sheet(page, sheet, texts));
            }
        }
    }

    private static void sheet(Page page, List<KeychainCard> cards, KeychainCardTexts texts) {
        float gridWidth = COLUMNS * FACE_WIDTH + (COLUMNS - 1) * GAP_X;
        float gridHeight = ROWS * 2 * FACE_HEIGHT + (ROWS - 1) * GAP_Y;
        float left = (page.width() - gridWidth) / 2;
        float top = 12 + (page.height() - 12 - gridHeight) / 2;
        page.paragraph(left, 8, gridWidth, texts.sheetNote(), NOTE);
        for (int i = 0; i < cards.size(); i++) {
            float x = left + (i % COLUMNS) * (FACE_WIDTH + GAP_X);
            float y = top + (i / COLUMNS) * (2 * FACE_HEIGHT + GAP_Y);
            card(page, x, y, cards.get(i), texts);
        }
    }

    private static void card(Page page, float x, float y, KeychainCard card, KeychainCardTexts texts) {
        cropMarks(page, x, y, FACE_WIDTH, 2 * FACE_HEIGHT);
        page.line(x, y + FACE_HEIGHT, x + FACE_WIDTH, y + FACE_HEIGHT, 1);
        front(page, x, y, card, texts);
        back(page, x, y + FACE_HEIGHT, card, texts);
    }

    private static void front(Page page, float x, float y, KeychainCard card, KeychainCardTexts texts) {
        float width = FACE_WIDTH - 2 * PAD;
        float next = lines(page, x + PAD, y + 2.5f, width, texts.heading(card), SMALL, 2);
        next = page.text(x + PAD, next + 0.5f, texts.frontLabel(), LABEL);
        next = lines(page, x + PAD, next, width, card.centreName(), CENTRE, 2);
        next = page.text(x + PAD, next + 0.3f, card.centrePhone(), PHONE);
        if (card.afterHours() != null) {
            lines(page, x + PAD, next + 0.3f, width, card.afterHours(), SMALL, 2);
        }
    }

    private static void back(Page page, float x, float y, KeychainCard card, KeychainCardTexts texts) {
        float centre = x + FACE_WIDTH / 2;
        page.textCentred(centre, y + 1.5f, texts.backLabel(), LABEL);
        page.qrCode(centre - QR / 2, y + 4.6f, QR, card.lookupUrl());
        page.textCentred(centre, y + 4.6f + QR + 0.6f, card.number(), NUMBER);
    }

    /** At most {@code max} wrapped lines; a longer text is cut with …, never spilling off the card. */
    private static float lines(Page page, float x, float y, float width, String text, TextStyle style, int max) {
        List<String> wrapped = page.wrap(text, width, style);
        float next = y;
        for (int i = 0; i < Math.min(max, wrapped.size()); i++) {
            String line = wrapped.get(i);
            if (i == max - 1 && wrapped.size() > max) {
                line = fitWithEllipsis(page, line, width, style);
            }
            next = page.text(x, next, line, style);
        }
        return next;
    }

    private static String fitWithEllipsis(Page page, String line, float width, TextStyle style) {
        String cut = line;
        while (!cut.isEmpty() && page.textWidth(cut + "…", style) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** Corner marks just outside the card, so no line is left on the card once it is cut. */
    private static void cropMarks(Page page, float x, float y, float width, float height) {
        float[][] corners = {{x, y, -1, -1}, {x + width, y, 1, -1}, {x, y + height, -1, 1}, {x + width, y + height, 1, 1}};
        for (float[] c : corners) {
            float cx = c[0];
            float cy = c[1];
            page.line(cx + c[2] * MARK_OFFSET, cy, cx + c[2] * (MARK_OFFSET + MARK), cy, 0);
            page.line(cx, cy + c[3] * MARK_OFFSET, cx, cy + c[3] * (MARK_OFFSET + MARK), 0);
        }
    }
}
