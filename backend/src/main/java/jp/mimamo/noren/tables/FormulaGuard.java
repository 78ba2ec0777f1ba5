package jp.mimamo.noren.tables;

/**
 * Keeps an export from running formulas when Excel opens it ("CSV injection"), without changing what re-imports.
 * Excel reads a cell that starts with = + - @, a tab or a carriage return as a formula; call these the trigger
 * characters.
 * <ul>
 * <li>CSV out ({@link #protect}): a value made of any number of apostrophes and then a trigger character gets one
 *     apostrophe in front: {@code =SUM(A1)} is written {@code '=SUM(A1)}, {@code '=x} is written {@code ''=x}. Excel
 *     then shows the cell as text.</li>
 * <li>xlsx out ({@link #escape}): cells are written as text, so nothing runs; only a value that already looks
 *     guarded (one or more apostrophes, then a trigger character) gets the extra apostrophe.</li>
 * <li>In, both formats ({@link #unprotect}): one leading apostrophe is removed when more apostrophes and then a
 *     trigger character follow it.</li>
 * </ul>
 * Each rule undoes the other exactly, so every export re-imports unchanged, and a guarded CSV that Excel saves again
 * as .xlsx still imports as the original value. The cost: {@code -5} appears as {@code '-5} in a CSV opened in Excel.
 */
final class FormulaGuard {
    private FormulaGuard() {
    }

    static String protect(String value) {
        return triggerAfterApostrophes(value, 0) ? "'" + value : value;
    }

    static String escape(String value) {
        return value.startsWith("'") && triggerAfterApostrophes(value, 0) ? "'" + value : value;
    }

    static String unprotect(String value) {
        return value.startsWith("'") && triggerAfterApostrophes(value, 1) ? value.substring(1) : value;
    }

    private static boolean triggerAfterApostrophes(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && isTrigger(value.charAt(i));
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
