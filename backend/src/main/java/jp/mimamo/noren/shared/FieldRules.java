package jp.mimamo.noren.shared;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks shared by the forms of several features, each rejecting into a {@link FormErrors} and returning the
 * value in its stored form: text trimmed (empty as null), readings in katakana, postal codes as 123-4567, phone
 * numbers with hyphens as typed but 全角 digits folded. Input is forgiving where offices are.
 */
public final class FieldRules {
    private static final Pattern POSTAL = Pattern.compile("^(\\d{3})-?(\\d{4})$");
    private static final Pattern PHONE = Pattern.compile("^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private FieldRules() {
    }

    public static String required(FormErrors errors, String field, String value, int max) {
        String text = JapaneseText.trimmed(value);
        if (text == null) {
            errors.reject(field, "validation.required");
        } else if (text.length() > max) {
            errors.reject(field, "validation.tooLong", max);
        }
        return text;
    }

    public static String optional(FormErrors errors, String field, String value, int max) {
        String text = JapaneseText.trimmed(value);
        if (text != null && text.length() > max) {
            errors.reject(field, "validation.tooLong", max);
        }
        return text;
    }

    /** A reading (フリガナ): hiragana and half-width katakana are accepted and stored as full-width katakana. */
    public static String reading(FormErrors errors, String field, String value, int max, boolean required) {
        String reading = JapaneseText.reading(JapaneseText.trimmed(value));
        if (reading == null || reading.isEmpty()) {
            if (required) {
                errors.reject(field, "validation.required");
            }
            return null;
        }
        if (reading.length() > max) {
            errors.reject(field, "validation.tooLong", max);
        } else if (!JapaneseText.isKatakanaReading(reading)) {
            errors.reject(field, "validation.kana");
        }
        return reading;
    }

    public static String postalCode(FormErrors errors, String field, String value) {
        String folded = JapaneseText.folded(value);
        if (folded == null) {
            return null;
        }
        var matcher = POSTAL.matcher(folded.replace('ー', '-').replace('−', '-'));
        if (!matcher.matches()) {
            errors.reject(field, "validation.postalCode");
            return null;
        }
        return matcher.group(1) + "-" + matcher.group(2);
    }

    /** A Japanese phone number of 10 or 11 digits, starting with 0. */
    public static String phone(FormErrors errors, String field, String value, boolean required) {
        String folded = JapaneseText.folded(value);
        if (folded == null) {
            if (required) {
                errors.reject(field, "validation.required");
            }
            return null;
        }
        String normal = folded.replace('ー', '-').replace('−', '-').replace(" ", "");
        long digits = normal.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(normal).matches() || digits < 10 || digits > 11) {
            errors.reject(field, "validation.phone");
            return null;
        }
        return normal;
    }

    /** An email address, 全角 folded; at most 254 characters. */
    public static String email(FormErrors errors, String field, String value) {
        String folded = JapaneseText.folded(value);
        if (folded == null) {
            return null;
        }
        if (folded.length() > 254 || !EMAIL.matcher(folded).matches()) {
            errors.reject(field, "validation.email");
            return null;
        }
        return folded;
    }

    /** One of the given codes (an enumeration sent as text). */
    public static String oneOf(FormErrors errors, String field, String value, List<String> allowed, boolean required) {
        String code = JapaneseText.folded(value);
        if (code == null) {
            if (required) {
                errors.reject(field, "validation.required");
            }
            return null;
        }
        code = code.toLowerCase(Locale.ROOT);
        if (!allowed.contains(code)) {
            errors.reject(field, "validation.oneOf", String.join(", ", allowed));
            return null;
        }
        return code;
    }
}
