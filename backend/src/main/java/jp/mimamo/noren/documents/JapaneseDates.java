package jp.mimamo.noren.documents;

import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Japanese letters write them: 和暦, with 元年 for the first year of an era. */
public final class JapaneseDates {
    private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("E", Locale.JAPAN);

    private JapaneseDates() {
    }

    /** 令和8年4月30日 */
    static String format(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        int year = japanese.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        return ERA.format(japanese) + (year == 1 ? "元" : String.valueOf(year)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2026年4月30日 */
    public static String western(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 令和8年4月30日（2026年4月30日）: invoices and receipts give both, as accounting offices ask. */
    public static String withWestern(LocalDate date) {
        return format(date) + "（" + western(date) + "）";
    }

    /** 令和8年4月30日（木） */
    static String withWeekday(LocalDate date) {
        return format(date) + "（" + WEEKDAY.format(date) + "）";
    }
}
