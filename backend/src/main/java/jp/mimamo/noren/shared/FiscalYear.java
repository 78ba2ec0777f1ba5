package jp.mimamo.noren.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

/**
 * A Japanese fiscal year (年度): 1 April to 31 March, named by the calendar year it starts in
 * (FY2026 = 令和8年度 = 2026-04-01 … 2027-03-31).
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {
    public static final int EARLIEST = 1989;
    public static final int LATEST = 2200;

    public FiscalYear {
        if (startYear < EARLIEST || startYear > LATEST) {
            throw new IllegalArgumentException("Fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /** Whole months from the month of {@code date} to March, both included (a sponsor joining in October: 6). */
    public int monthsRemainingFrom(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(date + " is not in " + this);
        }
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(date.withDayOfMonth(1), lastDay().withDayOfMonth(1)) + 1;
    }

    /** 令和8年度 in Japanese, FY2026 in English. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "FY" + startYear : JapaneseCalendar.fiscalYearLabel(this);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "FY" + startYear;
    }
}
