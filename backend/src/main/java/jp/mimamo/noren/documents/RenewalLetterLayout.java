package jp.mimamo.noren.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Draws a {@link RenewalLetter} on one A4 portrait page. */
final class RenewalLetterLayout {
    private static final float LEFT = 25;
    private static final float RIGHT = 185;
    private static final float TOP = 20;
    private static final float SENDER_LEFT = 115;
    private static final TextStyle BODY = TextStyle.mincho(10.5f).withLineHeight(1.7f);
    private static final TextStyle ADDRESSEE = TextStyle.mincho(12);
    private static final TextStyle SENDER = TextStyle.mincho(9.5f).withLineHeight(1.4f);
    private static final TextStyle TITLE = TextStyle.gothic(14);
    private static final TextStyle TABLE = TextStyle.mincho(10).withLineHeight(1.5f);

    private RenewalLetterLayout() {
    }

    static void draw(Page page, RenewalLetter letter) {
        float centre = page.width() / 2;
        page.textRight(RIGHT, TOP, JapaneseDates.format(letter.date()), BODY);
        float y = addressee(page, TOP + 10, letter);
        y = page.paragraph(SENDER_LEFT, y + 4, RIGHT - SENDER_LEFT, senderLines(letter), SENDER);
        y = page.textCentred(centre, y + 8, letter.fiscalYear() + "　協賛継続のお願い", TITLE);
        y = page.paragraph(LEFT, y + 6, RIGHT - LEFT, body(letter), BODY);
        y = page.textRight(RIGHT, y, "敬具", BODY);
        y = page.textCentred(centre, y + 4, "記", BODY);
        y = page.table(LEFT, y + 2, details(letter), TABLE);
        page.textRight(RIGHT, y + 2, "以上", BODY);
    }

    private static float addressee(Page page, float y, RenewalLetter letter) {
        float width = SENDER_LEFT - LEFT - 5;
        if (letter.contactName() == null) {
            return page.paragraph(LEFT, y, width, letter.sponsorName() + "　御中", ADDRESSEE);
        }
        float next = page.paragraph(LEFT, y, width, letter.sponsorName(), ADDRESSEE);
        return page.paragraph(LEFT, next, width, letter.contactName() + "　様", ADDRESSEE);
    }

    private static String senderLines(RenewalLetter letter) {
        RenewalLetter.Sender sender = letter.sender();
        List<String> lines = new ArrayList<>();
        lines.add(letter.regionName());
        lines.add(sender.office());
        if (sender.postalCode() != null || sender.address() != null) {
            lines.add(((sender.postalCode() == null ? "" : "〒" + sender.postalCode() + "　")
                    + (sender.address() == null ? "" : sender.address())).strip());
        }
        if (sender.phone() != null) {
            lines.add("電話　" + sender.phone());
        }
        if (sender.person() != null) {
            lines.add(sender.person());
        }
        return String.join("\n", lines);
    }

    private static String body(RenewalLetter letter) {
        String region = letter.regionName();
        String lastYear = letter.lastYearUnits() == 0 ? ""
                : "昨年度は" + letter.lastYearUnits() + "口（" + Yen.inText(letter.lastYearFee()) + "）のご協賛を賜り、"
                + "見守りキーホルダーの普及や地域の講座の開催に役立てさせていただきました。";
        return "拝啓　時下ますますご清栄のこととお慶び申し上げます。平素は" + region
                + "の見守り活動に格別のご理解とご協力を賜り、厚く御礼申し上げます。\n"
                + "　さて、" + region + "は、地域の皆さまと事業所の皆さまのお力添えにより、高齢者が住み慣れたまちで"
                + "安心して暮らせる見守りのネットワークづくりを続けてまいりました。" + lastYear + "\n"
                + "　つきましては、" + letter.fiscalYear() + "につきましても引き続きご協賛を賜りたく、ここにお願い申し上げます。"
                + "ご多用のところ誠に恐縮ではございますが、下記のとおりご回答くださいますようお願い申し上げます。";
    }

    /** An item gets a ・ unless the region already numbered or marked it (①, ・, ※ …). */
    private static String bulleted(String item) {
        int first = item.isEmpty() ? ' ' : item.codePointAt(0);
        boolean marked = (first >= 0x2460 && first <= 0x24FF) || "・●○■□◆◇※".indexOf(first) >= 0;
        return marked ? item : "・" + item;
    }

    private static Table details(RenewalLetter letter) {
        String benefits = letter.benefits().isEmpty() ? "―"
                : letter.benefits().stream().map(RenewalLetterLayout::bulleted).collect(Collectors.joining("\n"));
        return Table.of(Table.Column.label(38), Table.Column.text(RIGHT - LEFT - 38))
                .row("昨年度のご協賛", letter.lastYearUnits() + "口　" + Yen.inText(letter.lastYearFee()))
                .row("ご協賛の特典", benefits)
                .row("ご回答の方法", letter.howToAnswer())
                .row("ご回答の期限", JapaneseDates.withWeekday(letter.dueDate()));
    }
}
