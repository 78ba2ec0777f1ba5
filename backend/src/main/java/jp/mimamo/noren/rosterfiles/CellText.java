package jp.mimamo.noren.rosterfiles;

import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.JapaneseText;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the cells of a roster file the way offices write them: 全角 digits, 2024/4/1, ¥10,000 and 10,000円,
 * 令和6年度 / R6 / 2024年度 / FY2024, and the Japanese names of statuses and payment methods. Each method gives null
 * for a value it cannot read.
 */
final class CellText {
    /** Sponsorship status code → the word the file shows. */
    static final Map<String, String> STATUSES = Map.of("pending", "未回答", "renewed", "継続", "declined", "辞退", "new", "新規");
    /** Payment method code → the word the file shows. */
    static final Map<String, String> METHODS = Map.of("transfer", "振込", "cash", "現金", "debit", "口座振替");

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final Pattern WESTERN_YEAR = Pattern.compile("^(?:FY)?(\\d{4})(?:年度?)?$");
    private static final Pattern ERA_YEAR = Pattern.compile("^(令和|平成|昭和|R|H|S)(\\d{1,2}|元)(?:年度?)?$");
    private static final Map<String, Integer> ERA_FIRST_YEARS = Map.of("令和", 2019, "R", 2019, "平成", 1989, "H", 1989,
            "昭和", 1926, "S", 1926);

    private CellText() {
    }

    static LocalDate date(String text) {
        String folded = JapaneseText.folded(text);
        if (folded == null) {
            return null;
        }
        try {
            return LocalDate.parse(folded);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(folded.replace('-', '/'), SLASHED);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** A fiscal year by its starting calendar year (2024 for 令和6年度), within {@link FiscalYear}'s range. */
    static Integer fiscalYear(String text) {
        String folded = JapaneseText.folded(text);
        if (folded == null) {
            return null;
        }
        String compact = folded.replace(" ", "").toUpperCase(Locale.ROOT);
        Integer year = null;
        Matcher western = WESTERN_YEAR.matcher(compact);
        Matcher era = ERA_YEAR.matcher(compact);
        if (western.matches()) {
            year = Integer.parseInt(western.group(1));
        } else if (era.matches()) {
            int number = "元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2));
            year = number < 1 ? null : ERA_FIRST_YEARS.get(era.group(1)) + number - 1;
        }
        return year == null || year < FiscalYear.EARLIEST || year > FiscalYear.LATEST ? null : year;
    }

    /** A whole number, with thousands separators, ¥ or 円 allowed; null when it is not one. */
    static Long number(String text) {
        String folded = JapaneseText.folded(text);
        if (folded == null) {
            return null;
        }
        String digits = folded.replace(",", "").replace("¥", "").replace("円", "").strip();
        if (!digits.matches("^-?\\d{1,12}$")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    /** A code of {@code codes}, given as the code itself or as the word the file shows. */
    static String code(String text, Map<String, String> codes) {
        String folded = JapaneseText.folded(text);
        if (folded == null) {
            return null;
        }
        if (codes.containsKey(folded.toLowerCase(Locale.ROOT))) {
            return folded.toLowerCase(Locale.ROOT);
        }
        for (Map.Entry<String, String> entry : codes.entrySet()) {
            if (entry.getValue().equals(folded)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
