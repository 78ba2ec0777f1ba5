package jp.mimamo.noren.updates;

import jp.mimamo.noren.documents.JapanesePdf;
import jp.mimamo.noren.documents.Page;
import jp.mimamo.noren.documents.PageSize;
import jp.mimamo.noren.documents.TextStyle;
import jp.mimamo.noren.shared.JapaneseCalendar;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Sets update postcards (はがき 100×148 mm: the address side, then the message side) or A4 letters (the address
 * block placed for a window envelope, then the message), one registrant after another, in one PDF for printing.
 */
final class PostcardLayout {
    private static final TextStyle POSTAL = TextStyle.gothic(13);
    private static final TextStyle ADDRESS = TextStyle.mincho(12).withLineHeight(1.5f);
    private static final TextStyle NAME = TextStyle.mincho(20);
    private static final TextStyle SENDER = TextStyle.mincho(8).withLineHeight(1.4f);
    private static final TextStyle CARD_TITLE = TextStyle.gothic(10.5f);
    private static final TextStyle CARD_BODY = TextStyle.mincho(8.5f).withLineHeight(1.6f);
    private static final TextStyle LETTER_ADDRESS = TextStyle.mincho(11).withLineHeight(1.5f);
    private static final TextStyle LETTER_NAME = TextStyle.mincho(15);
    private static final TextStyle LETTER_TITLE = TextStyle.gothic(14);
    private static final TextStyle LETTER_BODY = TextStyle.mincho(10.5f).withLineHeight(1.7f);

    private PostcardLayout() {
    }

    enum Format { POSTCARD, LETTER }

    static void write(OutputStream out, Format format, List<Postcard> cards) throws IOException {
        try (JapanesePdf pdf = JapanesePdf.open(out, "誕生月更新のお知らせ")) {
            for (Postcard card : cards) {
                if (format == Format.POSTCARD) {
                    pdf.page(PageSize.POSTCARD, page -> addressSide(page, card));
                    pdf.page(PageSize.POSTCARD, page -> messageSide(page, card));
                } else {
                    pdf.page(PageSize.A4_PORTRAIT, page -> letter(page, card));
                }
            }
        }
    }

    private static void addressSide(Page page, Postcard card) {
        if (card.postalCode() != null) {
            page.textRight(page.width() - 8, 12, "〒" + card.postalCode(), POSTAL);
        }
        float y = page.paragraph(14, 30, page.width() - 24, card.address(), ADDRESS);
        page.textCentred(page.width() / 2, Math.max(y + 12, 62), card.name() + "　様", NAME);
        Postcard.Sender sender = card.sender();
        float s = 118;
        s = page.text(8, s, sender.centreName(), SENDER);
        if (sender.postalCode() != null) {
            s = page.text(8, s, "〒" + sender.postalCode(), SENDER);
        }
        if (sender.address() != null) {
            s = page.paragraph(8, s, 60, sender.address(), SENDER);
        }
        page.text(8, s, "電話 " + sender.phone(), SENDER);
    }

    private static void messageSide(Page page, Postcard card) {
        float y = page.textRight(page.width() - 8, 8, JapaneseCalendar.date(card.date()), CARD_BODY);
        if (card.title() != null) {
            y = page.paragraph(8, y + 1, page.width() - 16, card.title(), CARD_TITLE) + 2;
        }
        page.paragraph(8, y, page.width() - 16, card.message(), CARD_BODY);
    }

    private static void letter(Page page, Postcard card) {
        Postcard.Sender sender = card.sender();
        float y = 25;
        if (card.postalCode() != null) {
            y = page.text(25, y, "〒" + card.postalCode(), LETTER_ADDRESS);
        }
        y = page.paragraph(25, y, 85, card.address(), LETTER_ADDRESS);
        page.text(25, y + 3, card.name() + "　様", LETTER_NAME);
        float s = page.textRight(185, 25, JapaneseCalendar.date(card.date()), LETTER_BODY);
        s = page.textRight(185, s + 2, sender.centreName(), LETTER_ADDRESS);
        page.textRight(185, s, "電話 " + sender.phone(), LETTER_ADDRESS);
        float body = 80;
        if (card.title() != null) {
            body = page.textCentred(page.width() / 2, body, card.title(), LETTER_TITLE) + 6;
        }
        page.paragraph(25, body, 160, card.message(), LETTER_BODY);
    }
}
