package jp.mimamo.noren.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Japanese text rules shared by search and import: NFKC folds 全角/半角 (ｶﾅ → カナ, ＡＢＣ → ABC), case is
 * ignored, hiragana is read as katakana so a reading typed either way matches, and spaces do not count.
 */
public final class JapaneseText {
    private JapaneseText() {
    }

    /** The form stored beside a name and compared against a search: never shown to a person. */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == '\u3000') {
                return;
            }
            out.appendCodePoint(isHiragana(cp) ? cp + 0x60 : cp);
        });
        return out.toString();
    }

    /** A reading as stored: NFKC (half-width katakana become full-width), hiragana turned into katakana, trimmed. */
    public static String reading(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> out.appendCodePoint(isHiragana(cp) ? cp + 0x60 : cp));
        return out.toString();
    }

    /** Full-width katakana, the long vowel mark, middle dot and spaces only. */
    public static boolean isKatakanaReading(String reading) {
        return reading != null && !reading.isBlank() && reading.codePoints().allMatch(cp ->
                (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC || cp == 0x30FB || cp == ' ' || cp == '\u3000');
    }

    /**
     * Trimmed, empty as null. Names and addresses keep the characters people typed (髙, 﨑, ①, ㈱ must
     * survive a CSV round trip); only search keys and codes are folded.
     */
    public static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** NFKC-folded and trimmed, empty as null: for codes, numbers, postal codes and email addresses. */
    public static String folded(String text) {
        return text == null ? null : trimmed(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    private static boolean isHiragana(int cp) {
        return cp >= 0x3041 && cp <= 0x3096;
    }
}
