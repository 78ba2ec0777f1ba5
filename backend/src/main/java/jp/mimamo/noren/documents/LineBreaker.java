package jp.mimamo.noren.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Japanese line breaking: a line may break between any two Japanese characters, while Latin words and numbers
 * (12,000 / 03-1234-5678 / info@example.jp) stay whole and break at spaces. Kinsoku basics (JIS X 4051): a line
 * never starts with closing punctuation, small kana or the long vowel mark (。、」ッー …) and never ends with an
 * opening bracket (「（ …); the character before is carried to the next line with it (追い出し). A newline in
 * the text starts a new line.
 */
final class LineBreaker {
    /** Not at the start of a line (行頭禁則). */
    private static final String NO_START = "、。，．,.・：；:;？！?!ー―‐–～〜…‥゛゜ヽヾゝゞ々〻"
            + "」』）］｝〕〉》】〙〗〟’”｠»)]}%％℃°′″"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";
    /** Not at the end of a line (行末禁則). */
    private static final String NO_END = "「『（［｛〔〈《【〘〖〝‘“｟«([{￥＄＃";

    private LineBreaker() {
    }

    /**
     * Lines of at most {@code maxWidth} each, measured by {@code width}. A unit wider than a whole line (a very long
     * word) is cut by character.
     */
    static List<String> lines(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            fill(units(paragraph), maxWidth, width, lines);
        }
        return lines;
    }

    private static void fill(List<String> units, double maxWidth, ToDoubleFunction<String> width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (String unit : units) {
            double w = width.applyAsDouble(unit);
            if (used + w <= maxWidth) {
                line.append(unit);
                used += w;
            } else if (unit.isBlank() && !unit.contains("\u3000")) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
            } else {
                if (!line.isEmpty()) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                }
                if (w <= maxWidth) {
                    line.append(unit);
                    used = w;
                } else {
                    used = cut(unit, maxWidth, width, line, lines);
                }
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Cuts a unit wider than a line by character; the rest stays in {@code line}. Returns the rest's width. */
    private static double cut(String unit, double maxWidth, ToDoubleFunction<String> width, StringBuilder line, List<String> lines) {
        double used = 0;
        for (int i = 0; i < unit.length(); ) {
            int cp = unit.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            double w = width.applyAsDouble(ch);
            if (used + w > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        return used;
    }

    /** The text cut into pieces that a line break may not split, kinsoku applied. */
    static List<String> units(String paragraph) {
        List<String> raw = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        paragraph.codePoints().forEach(cp -> {
            if (isWordCharacter(cp)) {
                word.appendCodePoint(cp);
                return;
            }
            if (!word.isEmpty()) {
                raw.add(word.toString());
                word.setLength(0);
            }
            raw.add(new String(Character.toChars(cp)));
        });
        if (!word.isEmpty()) {
            raw.add(word.toString());
        }
        return applyKinsoku(raw);
    }

    private static List<String> applyKinsoku(List<String> raw) {
        List<String> units = new ArrayList<>();
        boolean glueToPrevious = false;
        for (String unit : raw) {
            boolean startsForbidden = NO_START.indexOf(unit.codePointAt(0)) >= 0;
            if (!units.isEmpty() && (glueToPrevious || startsForbidden) && !units.get(units.size() - 1).isBlank()) {
                units.set(units.size() - 1, units.get(units.size() - 1) + unit);
            } else {
                units.add(unit);
            }
            glueToPrevious = NO_END.indexOf(unit.codePointBefore(unit.length())) >= 0;
        }
        return units;
    }

    /** Latin letters, digits and the punctuation inside words and numbers: kept together on one line. */
    private static boolean isWordCharacter(int cp) {
        return cp > ' ' && cp < 0x3000 && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN
                && !(cp >= 0x2460 && cp <= 0x24FF) && !(cp >= 0x2500 && cp <= 0x27BF);
    }
}
