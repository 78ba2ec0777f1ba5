package jp.mimamo.noren.documents;

/** Draws a {@link Receipt} in the top half of an A4 portrait page, with a cutting line below it. */
final class ReceiptLayout {
    private static final float LEFT = 20;
    private static final float RIGHT = 190;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float CUT = 148.5f;
    private static final TextStyle TITLE = TextStyle.gothic(22);
    private static final TextStyle SMALL = TextStyle.mincho(9.5f);
    private static final TextStyle MARK = TextStyle.gothic(12);
    private static final TextStyle ADDRESSEE = TextStyle.mincho(14);
    private static final TextStyle AMOUNT = TextStyle.gothic(20);
    private static final TextStyle BODY = TextStyle.mincho(10.5f).withLineHeight(1.6f);

    private ReceiptLayout() {
    }

    static void draw(Page page, Receipt receipt, PdfImage seal) {
        page.textCentred(page.width() / 2, 14, receipt.wording() == null ? "領収書" : receipt.wording().title(), TITLE);
        float y = page.textRight(RIGHT, 16, "No. " + receipt.number(), SMALL);
        y = page.textRight(RIGHT, y, "発行日　" + JapaneseDates.withWestern(receipt.issuedOn()), SMALL);
        if (receipt.reprint()) {
            reprintMark(page, y + 1, receipt);
        }
        float next = page.paragraph(LEFT, 36, 100, receipt.addressee() + "　様", ADDRESSEE);
        page.rule(LEFT, next + 0.5f, 100);
        y = amount(page, next + 8, receipt.amount());
        Wording wording = receipt.wording() == null ? standard(receipt) : receipt.wording();
        y = page.paragraph(LEFT + 15, y + 4, WIDTH - 30, wording.main(), BODY);
        if (!wording.notes().isEmpty()) {
            y = page.paragraph(LEFT + 15, y + 3, WIDTH - 30, wording.notes(), SMALL);
        }
        IssuerBlock.draw(page, RIGHT, Math.max(y + 6, 112), receipt.issuer(), seal);
        page.rule(LEFT - 10, CUT, WIDTH + 20);
    }

    private static Wording standard(Receipt receipt) {
        return new Wording("領収書", "但し　" + receipt.fiscalYear() + " 協賛金として（" + receipt.units() + "口）\n上記正に領収いたしました。\n\n"
                + "入金日：" + JapaneseDates.withWestern(receipt.paidOn()) + "　お支払方法：" + receipt.paymentMethod() + "\n"
                + "消費税：不課税（協賛金は消費税の課税対象外です）");
    }

    private static void reprintMark(Page page, float y, Receipt receipt) {
        String text = "再発行　" + JapaneseDates.western(receipt.reprintedOn());
        float width = page.textWidth(text, MARK) + 4;
        page.rectangle(RIGHT - width, y, width, MARK.lineMillimetres() + 1);
        page.textRight(RIGHT - 2, y + 0.5f, text, MARK);
    }

    private static float amount(Page page, float y, long amount) {
        float width = 120;
        float x = (page.width() - width) / 2;
        float height = AMOUNT.lineMillimetres() + 5;
        page.rectangle(x, y, width, height);
        page.text(x + 4, y + 2.5f, "金額", AMOUNT);
        page.textRight(x + width - 4, y + 2.5f, Yen.format(amount) + "-", AMOUNT);
        return y + height;
    }
}
