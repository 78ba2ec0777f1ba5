package jp.mimamo.noren.sponsors;

import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;

import java.util.Locale;
import java.util.Map;

/** A roster search: text (name or reading), category, status, sort and page, checked and normalised. */
record SponsorQuery(String searchKey, String category, Status status, String orderColumn, boolean descending,
                    int page, int size) {
    enum Status { ACTIVE, ARCHIVED, ALL }

    static final int MAX_SIZE = 100;
    private static final Map<String, String> SORTS = Map.of(
            "kana", "name_kana", "name", "name", "joinedOn", "joined_on",
            "category", "category_code", "updatedAt", "updated_at");

    static SponsorQuery of(String q, String category, String status, String sort, String dir,
                           Integer page, Integer size, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String key = JapaneseText.searchKey(q);
        if (key.length() > 100) {
            errors.reject("q", "validation.tooLong", 100);
        }
        Status parsedStatus = switch (status == null ? "active" : status) {
            case "active" -> Status.ACTIVE;
            case "archived" -> Status.ARCHIVED;
            case "all" -> Status.ALL;
            default -> {
                errors.reject("status", "validation.oneOf", "active, archived, all");
                yield Status.ACTIVE;
            }
        };
        String column = SORTS.get(sort == null ? "kana" : sort);
        if (column == null) {
            errors.reject("sort", "validation.oneOf", String.join(", ", SORTS.keySet()));
        }
        if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
            errors.reject("dir", "validation.oneOf", "asc, desc");
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || p > 100_000) {
            errors.reject("page", "validation.range", 0, 100000);
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.reject("size", "validation.range", 1, MAX_SIZE);
        }
        errors.throwIfAny();
        return new SponsorQuery(key.isEmpty() ? null : key, JapaneseText.folded(category), parsedStatus, column,
                "desc".equals(dir), p, s);
    }
}
