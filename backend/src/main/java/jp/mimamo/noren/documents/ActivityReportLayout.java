package jp.mimamo.noren.documents;

import java.util.List;

/**
 * Draws an {@link ActivityReport} on one A4 portrait page. Long lists are cut to fit the page: benefits beyond the
 * space run on in one line, seminars beyond it are counted as ほか N 件, and the totals always cover them all.
 */
final class ActivityReportLayout {
    static final String NO_ACTIVITY = "この年度のセミナー・講座の記録はまだありません。";
    private static final float LEFT = 25;
    private static final float RIGHT = 185;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float BOTTOM = 262;
    private static final int MAX_BENEFIT_LINES = 10;
    private static final TextStyle BODY = TextStyle.mincho(10.5f).withLineHeight(1.7f);
    private static final TextStyle ADDRESSEE = TextStyle.mincho(12);
    private static final TextStyle TITLE = TextStyle.gothic(14);
    private static final TextStyle HEADING = TextStyle.gothic(11);
    private static final TextStyle TABLE = TextStyle.mincho(10).withLineHeight(1.5f);
    private static final float[] ACTIVITY_COLUMNS = {32, 78, 22, 28};

    private ActivityReportLayout() {
    }

    static void draw(Page page, ActivityReport report) {
        page.textRight(RIGHT, 20, JapaneseDates.format(report.date()), BODY);
        float y = addressee(page, 30, report);
        y = page.textRight(RIGHT, y + 2, report.regionName(), BODY);
        y = page.textCentred(page.width() / 2, y + 6, report.fiscalYear() + "　協賛活動報告書", TITLE);
        y = page.paragraph(LEFT, y + 4, WIDTH, report.fiscalYear() + "は、" + report.regionName()
                + "の見守り活動にご協賛を賜り、誠にありがとうございました。ご協賛いただいた内容と、この1年間にご一緒した活動をご報告いたします。",
                BODY);
        y = page.text(LEFT, y + 4, "1．ご協賛の内容", HEADING);
        y = page.table(LEFT, y + 1, contribution(page, report), TABLE);
        y = page.text(LEFT, y + 5, "2．セミナー・講座（主催・講師）", HEADING);
        y = activities(page, y + 1, report.activities());
        page.paragraph(LEFT, y + 8, WIDTH,
                "今後とも、" + report.regionName() + "の活動へのご理解とご協力を賜りますよう、よろしくお願い申し上げます。", BODY);
    }

    private static float addressee(Page page, float y, ActivityReport report) {
        float width = 100;
        if (report.contactName() == null) {
            return page.paragraph(LEFT, y, width, report.sponsorName() + "　御中", ADDRESSEE);
        }
        float next = page.paragraph(LEFT, y, width, report.sponsorName(), ADDRESSEE);
        return page.paragraph(LEFT, next, width, report.contactName() + "　様", ADDRESSEE);
    }

    private static Table contribution(Page page, ActivityReport report) {
        return Table.of(Table.Column.label(38), Table.Column.text(WIDTH - 38))
                .row("協賛口数", report.units() + "口")
                .row("協賛金", Yen.inText(report.fee()))
                .row("ご提供した特典", benefits(page, report.benefits(), WIDTH - 38 - 3));
    }

    /** One benefit a line with a ・, or, when that would not fit, all of them run on, cut to the space there is. */
    private static String benefits(Page page, List<String> benefits, float width) {
        if (benefits.isEmpty()) {
            return "―";
        }
        String listed = String.join("\n", benefits.stream().map(b -> "・" + b + "（提供済み）").toList());
        if (page.wrap(listed, width, TABLE).size() <= MAX_BENEFIT_LINES) {
            return listed;
        }
        String runOn = String.join("、", benefits) + "（いずれも提供済み）";
        List<String> lines = page.wrap(runOn, width, TABLE);
        if (lines.size() <= MAX_BENEFIT_LINES) {
            return runOn;
        }
        String cut = String.join("", lines.subList(0, MAX_BENEFIT_LINES));
        return cut.substring(0, cut.offsetByCodePoints(cut.length(), -1)) + "…";
    }

    private static float activities(Page page, float y, List<ActivityReport.Activity> activities) {
        if (activities.isEmpty()) {
            return page.paragraph(LEFT + 3, y + 1, WIDTH - 3, NO_ACTIVITY, BODY);
        }
        float next = page.table(LEFT, y, columns().heading("日付", "内容", "役割", "参加者"), TABLE);
        int shown = 0;
        for (ActivityReport.Activity activity : activities) {
            float height = page.wrap(activity.title(), ACTIVITY_COLUMNS[1] - 3, TABLE).size() * TABLE.lineMillimetres() + 3;
            if (next + height > BOTTOM - 2 * TABLE.lineMillimetres() - 4) {
                break;
            }
            next = page.table(LEFT, next, columns().row(JapaneseDates.format(activity.date()), activity.title(), activity.role(),
                    activity.participants() + "人"), TABLE);
            shown++;
        }
        int participants = activities.stream().mapToInt(ActivityReport.Activity::participants).sum();
        String summary = (shown < activities.size() ? "ほか " + (activities.size() - shown) + " 件　" : "")
                + "合計 " + activities.size() + " 回　参加者 延べ " + participants + " 人";
        return page.textRight(RIGHT, next + 1, summary, TABLE);
    }

    private static Table columns() {
        return Table.of(Table.Column.text(ACTIVITY_COLUMNS[0]), Table.Column.text(ACTIVITY_COLUMNS[1]),
                Table.Column.text(ACTIVITY_COLUMNS[2]), Table.Column.amount(ACTIVITY_COLUMNS[3]));
    }
}
