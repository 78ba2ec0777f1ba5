package jp.mimamo.noren.shared;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Map;

/**
 * 和暦 as Japanese offices write it. Dates take the era in force that day (2019-04-30 is 平成31年, 2019-05-01
 * is 令和元年); the first year of an era is 元年. A fiscal year is named by the era in force at its end, counted
 * from its start year, so FY2019 is 令和元年度 (as ministries and municipalities wrote it after May 2019) and
 * FY2018 is 平成30年度.
 */
public final class JapaneseCalendar {
    private static final Map<JapaneseEra, String> NAMES = Map.of(
            JapaneseEra.SHOWA, "昭和", JapaneseEra.HEISEI, "平成", JapaneseEra.REIWA, "令和");
    private static final Map<JapaneseEra, Integer> FIRST_YEARS = Map.of(
            JapaneseEra.SHOWA, 1926, JapaneseEra.HEISEI, 1989, JapaneseEra.REIWA, 2019);

    private JapaneseCalendar() {
    }

    /** 令和8年4月1日 */
    public static String date(LocalDate date) {
        return eraYear(date) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 令和8年 */
    public static String eraYear(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        return name(japanese.getEra()) + yearNumber(japanese.get(ChronoField.YEAR_OF_ERA)) + "年";
    }

    /** 令和8年度 */
    public static String fiscalYearLabel(FiscalYear year) {
        JapaneseEra era = JapaneseDate.from(year.lastDay()).getEra();
        int number = year.startYear() - FIRST_YEARS.getOrDefault(era, year.startYear()) + 1;
        if (number < 1) {
            era = JapaneseDate.from(year.firstDay()).getEra();
            number = year.startYear() - FIRST_YEARS.get(era) + 1;
        }
        return name(era) + yearNumber(number) + "年度";
    }

    private static String name(JapaneseEra era) {
        return NAMES.getOrDefault(era, era.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPANESE));
    }

    private static String yearNumber(int year) {
        return year == 1 ? "元" : Integer.toString(year);
    }
}
