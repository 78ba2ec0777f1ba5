package jp.mimamo.noren.keychains;

import jp.mimamo.noren.shared.JapaneseText;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A keychain registration number: the region's prefix (2–4 capital letters), 8 random digits and a Damm check
 * digit, stored as {@code OTA123456785} and printed as {@code OTA-1234-5678-5}. The check digit covers the prefix
 * too, each letter counted as its two-digit value (A = 10 … Z = 35), so a number copied with a wrong digit or two
 * neighbouring digits swapped is refused before any database work.
 */
public final class RegistrationNumber {
    static final int RANDOM_DIGITS = 8;
    private static final Pattern CANONICAL = Pattern.compile("^([A-Z]{2,4})([0-9]{8})([0-9])$");
    private static final Pattern PREFIX = Pattern.compile("^[A-Z]{2,4}$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—−ー－]");

    private final String prefix;
    private final String digits;
    private final int check;

    private RegistrationNumber(String prefix, String digits, int check) {
        this.prefix = prefix;
        this.digits = digits;
        this.check = check;
    }

    /** A new number from a region prefix and eight digits; the check digit is computed. */
    static RegistrationNumber of(String prefix, String eightDigits) {
        if (!PREFIX.matcher(prefix).matches() || eightDigits.length() != RANDOM_DIGITS || !eightDigits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("A prefix of 2–4 capitals and 8 digits are needed");
        }
        return new RegistrationNumber(prefix, eightDigits, DammCheckDigit.of(checked(prefix, eightDigits)));
    }

    /**
     * Reads a number as a person typed it: 全角 or 半角, lower or upper case, with or without hyphens and spaces.
     *
     * @throws Invalid with {@link Invalid.Reason#FORMAT} or {@link Invalid.Reason#CHECK_DIGIT}
     */
    public static RegistrationNumber parse(String typed) {
        String folded = typed == null ? "" : JapaneseText.folded(typed);
        String compact = folded == null ? "" : SEPARATORS.matcher(folded).replaceAll("").toUpperCase(Locale.ROOT);
        Matcher m = CANONICAL.matcher(compact);
        if (!m.matches()) {
            throw new Invalid(Invalid.Reason.FORMAT);
        }
        if (!DammCheckDigit.holds(checked(m.group(1), m.group(2)) + m.group(3))) {
            throw new Invalid(Invalid.Reason.CHECK_DIGIT);
        }
        return new RegistrationNumber(m.group(1), m.group(2), m.group(3).charAt(0) - '0');
    }

    /** Whether {@code number} is a valid number in stored form. */
    public static boolean isValid(String number) {
        try {
            return parse(number).canonical().equals(number);
        } catch (Invalid e) {
            return false;
        }
    }

    private static String checked(String prefix, String digits) {
        StringBuilder value = new StringBuilder(prefix.length() * 2 + digits.length());
        for (char letter : prefix.toCharArray()) {
            value.append(letter - 'A' + 10);
        }
        return value.append(digits).toString();
    }

    public String prefix() {
        return prefix;
    }

    /** {@code OTA123456785}: as stored and as the look-up page's address carries it. */
    public String canonical() {
        return prefix + digits + check;
    }

    /** {@code OTA-1234-5678-5}: as printed on the card and read out on the phone. */
    public String display() {
        return prefix + "-" + digits.substring(0, 4) + "-" + digits.substring(4) + "-" + check;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistrationNumber n && n.canonical().equals(canonical());
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, digits, check);
    }

    @Override
    public String toString() {
        return display();
    }

    /** A typed number that is not one: the wrong shape, or a check digit that does not match. */
    public static final class Invalid extends RuntimeException {
        public enum Reason { FORMAT, CHECK_DIGIT }

        private final Reason reason;

        Invalid(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
