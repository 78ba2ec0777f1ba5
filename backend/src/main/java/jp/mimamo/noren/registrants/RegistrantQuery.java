package jp.mimamo.noren.registrants;

import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search of the registry: words matched against the name and reading (全角/半角 and ひらがな/カタカナ
 * ignored) or against a keychain number (hyphens and spaces ignored, revoked numbers included), a centre, and a
 * status group: {@code current} (active, in hospital, in a facility; the default), {@code ended}, {@code all} or
 * one status.
 */
record RegistrantQuery(String words, String searchKey, String numberKey, Long centre, List<String> statuses, int page, int size) {
    static final List<String> STATUSES = List.of("active", "in-hospital", "in-facility", "moved", "deceased", "withdrawn");
    static final List<String> CURRENT = List.of("active", "in-hospital", "in-facility");
    static final List<String> ENDED = List.of("moved", "deceased", "withdrawn");
    private static final Pattern NUMBER_LIKE = Pattern.compile("^[A-Z]{0,4}[0-9]{3,9}$");
    static final int MAX_SIZE = 100;

    static RegistrantQuery of(String q, Long centre, String status, Integer page, Integer size, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String words = JapaneseText.trimmed(q);
        if (words != null && words.length() > 100) {
            errors.reject("q", "validation.tooLong", 100);
        }
        String group = status == null || status.isBlank() ? "current" : status;
        List<String> statuses = switch (group) {
            case "current" -> CURRENT;
            case "ended" -> ENDED;
            case "all" -> STATUSES;
            default -> STATUSES.contains(group) ? List.of(group) : null;
        };
        if (statuses == null) {
            errors.reject("status", "validation.oneOf", "current, ended, all, " + String.join(", ", STATUSES));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || p > 100_000) {
            errors.reject("page", "validation.range", 0, 100_000);
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.reject("size", "validation.range", 1, MAX_SIZE);
        }
        errors.throwIfAny();
        String key = words == null ? null : JapaneseText.searchKey(words);
        String number = words == null ? null : JapaneseText.folded(words).toUpperCase(Locale.ROOT).replaceAll("[\\s\\-‐－ー]", "");
        return new RegistrantQuery(words, key == null || key.isEmpty() ? null : key,
                number != null && NUMBER_LIKE.matcher(number).matches() ? number : null, centre, statuses, p, s);
    }
}
