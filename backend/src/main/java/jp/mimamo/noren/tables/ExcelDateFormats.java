package jp.mimamo.noren.tables;

/**
 * Whether an Excel number format shows a date or a time. Excel stores dates as day numbers; only the format tells
 * them from numbers. Built-in formats 14–22 and 45–47 are dates and times everywhere, 27–36 and 50–58 in Japanese
 * (and other East Asian) Excel, where 和暦 formats such as ggge"年"m"月"d"日" live. A custom format is a date when its
 * first section has y, m, d, h or s outside quoted text, escapes and [brackets] (an elapsed [h], [mm] or [ss] counts).
 */
final class ExcelDateFormats {
    private ExcelDateFormats() {
    }

    static boolean isDate(Integer id, String format) {
        if (id != null && isBuiltInDate(id)) {
            return true;
        }
        return format != null && hasDatePart(format);
    }

    private static boolean isBuiltInDate(int id) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    }

    private static boolean hasDatePart(String format) {
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == ';') {
                return false;
            } else if (c == '"') {
                int close = format.indexOf('"', i + 1);
                i = close < 0 ? format.length() : close + 1;
            } else if (c == '\\' || c == '_' || c == '*') {
                i += 2;
            } else if (c == '[') {
                int close = format.indexOf(']', i + 1);
                String inside = close < 0 ? "" : format.substring(i + 1, close);
                if (!inside.isEmpty() && inside.chars().allMatch(ch -> "hHmMsS".indexOf(ch) >= 0)) {
                    return true;
                }
                i = close < 0 ? format.length() : close + 1;
            } else if ("yYmMdDhHsS".indexOf(c) >= 0) {
                return true;
            } else {
                i++;
            }
        }
        return false;
    }
}
