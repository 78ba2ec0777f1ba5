package jp.mimamo.noren.renewals;

import jp.mimamo.noren.documents.TextTemplate;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.JapaneseCalendar;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A renewal request or reminder to one sponsor: the region's template in force, filled in for an email or a letter. */
record RenewalRequestLetter(RenewalTemplate template, String regionName, String sponsorName, String contactName, FiscalYear year,
                            int units, int fee, List<String> benefits, LocalDate dueDate, boolean byPost) {
    static final String HOW_TO_ANSWER_BY_EMAIL = "このメールへのご返信またはお電話にて";
    static final String HOW_TO_ANSWER_BY_POST = "同封の回答用紙のご返送、またはお電話・メールにて";

    String subject() {
        return template.subject() == null ? "" : TextTemplate.fill(template.subject(), values());
    }

    String text() {
        return TextTemplate.fill(template.body(), values());
    }

    /** The value of every placeholder {@link RenewalTemplates} offers. */
    Map<String, String> values() {
        return Map.of(
                "sponsorName", sponsorName,
                "contactName", contactName == null ? "ご担当者" : contactName,
                "regionName", regionName,
                "fiscalYear", year.label(Locale.JAPANESE),
                "fiscalYearLabel", year.label(Locale.JAPANESE) + "（" + year.startYear() + "年度）",
                "units", Integer.toString(units),
                "fee", NumberFormat.getIntegerInstance(Locale.JAPAN).format(fee) + "円",
                "benefits", benefits.isEmpty() ? "―" : String.join("、", benefits),
                "dueDate", JapaneseCalendar.date(dueDate) + "（" + dueDate + "）",
                "howToAnswer", byPost ? HOW_TO_ANSWER_BY_POST : HOW_TO_ANSWER_BY_EMAIL);
    }
}
