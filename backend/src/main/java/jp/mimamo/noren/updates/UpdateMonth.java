package jp.mimamo.noren.updates;

import jp.mimamo.noren.shared.FormErrors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The months of the birth-month update. A month's list holds the cycles of that month and those of the eleven months
 * before it still open: those are carried over (持ち越し) by the difference.
 */
final class UpdateMonth {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2200;
    /** A cycle stays on the worklists of this many months, its own included; then the next one begins. */
    static final int WINDOW = 12;

    private UpdateMonth() {
    }

    static YearMonth current() {
        return YearMonth.now(TOKYO);
    }

    static LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    /** The month asked for, the current one by default; a year out of range or a month other than 1–12 is a 400. */
    static YearMonth of(Integer year, Integer month, Locale locale) {
        YearMonth now = current();
        FormErrors errors = new FormErrors(locale);
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            errors.reject("year", "validation.range", FIRST_YEAR, LAST_YEAR);
        }
        if (month != null && (month < 1 || month > 12)) {
            errors.reject("month", "validation.range", 1, 12);
        }
        errors.throwIfAny();
        return YearMonth.of(year == null ? now.getYear() : year, month == null ? now.getMonthValue() : month);
    }

    /** Months since January of year 0: what the SQL compares as {@code year * 12 + month - 1}. */
    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static int monthsBetween(YearMonth from, YearMonth to) {
        return index(to) - index(from);
    }
}
