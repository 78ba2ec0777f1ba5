package jp.mimamo.noren.documents;

/** Draws an {@link Invoice} on one A4 portrait page. */
final class InvoiceLayout {
    static final String TAX_CATEGORY = "不課税";
    private static final float LEFT = 20;
    private static final float RIGHT = 190;
    private static final float WIDTH = RIGHT - LEFT;
    private static final TextStyle TITLE = TextStyle.gothic(20);
    private static final TextStyle SMALL = TextStyle.mincho(9.5f);
    private static final TextStyle BODY = TextStyle.mincho(10.5f).withLineHeight(1.6f);
    private static final TextStyle ADDRESSEE = TextStyle.mincho(13);
    private static final TextStyle TOTAL = TextStyle.gothic(16);
    private static final TextStyle TABLE = TextStyle.gothic(10).withLineHeight(1.5f);
    private static final TextStyle NOTE = TextStyle.mincho(9).withLineHeight(1.5f);

    private InvoiceLayout() {
    }

    static void draw(Page page, Invoice invoice, PdfImage seal) {
        Wording wording = invoice.wording() == null ? standard(invoice) : invoice.wording();
        page.textCentred(page.width() / 2, 15, wording.title(), TITLE);
        float y = page.textRight(RIGHT, 30, "請求書番号　" + invoice.number(), SMALL);
        page.textRight(RIGHT, y, "発行日　" + JapaneseDates.withWestern(invoice.issuedOn()), SMALL);
        float left = addressee(page, 42, invoice.addressee());
        float right = IssuerBlock.draw(page, RIGHT, 48, invoice.issuer(), seal);
        y = Math.max(left, right) + 8;
        y = page.paragraph(LEFT, y, WIDTH, wording.main(), BODY);
        y = total(page, y + 3, invoice.amount());
        y = page.table(LEFT, y + 6, lines(invoice), TABLE);
        y = page.table(LEFT + WIDTH - 100, y + 3, totals(invoice), TABLE);
        if (!wording.notes().isEmpty()) {
            y = page.paragraph(LEFT, y + 6, WIDTH, wording.notes(), NOTE);
        }
        if (invoice.paymentNote() != null) {
            y = page.table(LEFT, y + 6, Table.of(Table.Column.label(32), Table.Column.text(WIDTH - 32))
                    .row("お支払について", invoice.paymentNote()), BODY);
        }
    }

    private static float addressee(Page page, float y, Invoice.Addressee to) {
        float width = 95;
        float next = y;
        if (to.postalCode() != null || to.address() != null) {
            String line = ((to.postalCode() == null ? "" : "〒" + to.postalCode() + "　") + (to.address() == null ? "" : to.address())).strip();
            next = page.paragraph(LEFT, next, width, line, SMALL);
        }
        if (to.contactName() == null) {
            next = page.paragraph(LEFT, next + 1, width, to.name() + "　御中", ADDRESSEE);
        } else {
            next = page.paragraph(LEFT, next + 1, width, to.name(), ADDRESSEE);
            next = page.paragraph(LEFT, next, width, to.contactName() + "　様", ADDRESSEE);
        }
        page.rule(LEFT, next + 0.5f, width);
        return next + 1;
    }

    private static float total(Page page, float y, long amount) {
        float width = 110;
        float height = TOTAL.lineMillimetres() + 4;
        page.rectangle(LEFT, y, width, height);
        page.text(LEFT + 3, y + 2, "ご請求金額", TOTAL);
        page.textRight(LEFT + width - 3, y + 2, Yen.format(amount) + "-", TOTAL);
        return y + height;
    }

    private static Table lines(Invoice invoice) {
        String item = "協賛金（" + invoice.fiscalYear() + (invoice.prorated() ? "・月割り" : "") + "）";
        return Table.of(Table.Column.text(74), Table.Column.amount(20), Table.Column.amount(28), Table.Column.amount(28),
                        Table.Column.text(20))
                .heading("品目", "数量", "単価", "金額", "税区分")
                .row(item, invoice.units() + "口", Yen.format(invoice.unitFee()), Yen.format(invoice.amount()), TAX_CATEGORY);
    }

    private static Table totals(Invoice invoice) {
        return Table.of(Table.Column.label(65), Table.Column.amount(35))
                .row("不課税（消費税の対象外）対象額", Yen.format(invoice.amount()))
                .row("消費税額", Yen.format(0))
                .row("合計", Yen.format(invoice.amount()));
    }

    private static Wording standard(Invoice invoice) {
        return new Wording("請求書", "下記のとおりご請求申し上げます。\n\n" + notes(invoice));
    }

    private static String notes(Invoice invoice) {
        Invoice.Period period = invoice.period();
        return "対象期間：" + invoice.fiscalYear() + "（" + JapaneseDates.western(period.from()) + "〜"
                + JapaneseDates.western(period.to()) + "）\n"
                + "※協賛金は見守り活動へのご支援としてお受けするもので、対価性がないため消費税の課税対象外（不課税）です。"
                + "消費税額はかかりません。";
    }
}
