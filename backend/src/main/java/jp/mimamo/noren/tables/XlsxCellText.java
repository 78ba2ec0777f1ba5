package jp.mimamo.noren.tables;

import org.dhatim.fastexcel.reader.Cell;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An .xlsx cell as the text an import works with, the same whatever the cell's display format:
 * <ul>
 * <li>text as it is; TRUE/FALSE; an error as its code (#N/A); a formula as its last calculated value;</li>
 * <li>a date as yyyy-MM-dd, with " HH:mm:ss" when it has a time of day; a time alone as HH:mm:ss;</li>
 * <li>any other number to Excel's 15 significant digits without exponent or trailing zeros: 42, not 42.0
 *     (a percentage is its plain value: 0.5 for 50%).</li>
 * </ul>
 */
final class XlsxCellText {
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private XlsxCellText() {
    }

    static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> number(cell);
            case BOOLEAN -> booleanText(value);
            case STRING -> value == null ? "" : value.toString();
            case ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case FORMULA -> formulaResult(cell, value);
        };
    }

    private static String formulaResult(Cell cell, Object value) {
        if (value instanceof BigDecimal) {
            return number(cell);
        }
        if (value instanceof Boolean) {
            return booleanText(value);
        }
        return value == null ? "" : value.toString();
    }

    private static String booleanText(Object value) {
        return Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
    }

    private static String number(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        BigDecimal number = new BigDecimal(raw);
        if (ExcelDateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString()) && number.signum() >= 0) {
            try {
                return date(cell, number);
            } catch (DateTimeException | ArithmeticException outOfRange) {
                return plain(number);
            }
        }
        return plain(number);
    }

    private static String date(Cell cell, BigDecimal number) {
        LocalDateTime at = cell.asDate().plusNanos(500_000_000).truncatedTo(ChronoUnit.SECONDS);
        if (number.compareTo(BigDecimal.ONE) < 0) {
            return at.toLocalTime().format(TIME);
        }
        if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return at.toLocalDate().toString();
        }
        return at.format(DATE_TIME);
    }

    private static String plain(BigDecimal number) {
        BigDecimal rounded = number.round(EXCEL_PRECISION).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
