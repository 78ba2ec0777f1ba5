package jp.mimamo.noren.registryfiles;

import jp.mimamo.noren.shared.JapaneseText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the cells of a registry file the way offices write them: dates in 西暦 (1940-04-01, 1940/4/1,
 * 1940年4月1日) or 和暦 (昭和15年4月1日, S15.4.1, 昭和元年12月25日), and the Japanese words for codes
 * (女性, ひとり暮らし, 要介護1, 入院中, 病院・警察). Each method gives null for a value it cannot read.
 */
final class RegistryCells {
    static final Map<String, String> SEXES = words("female", "女性", "male", "男性", "other", "その他", "unanswered", "回答しない");
    static final Map<String, String> LIVING = words("alone", "ひとり暮らし", "elderly-only", "高齢者のみの世帯",
            "with-family", "家族と同居", "other", "その他");
    static final Map<String, String> CARE_LEVELS = words("none", "非該当", "applying", "申請中", "support-1", "要支援1",
            "support-2", "要支援2", "care-1", "要介護1", "care-2", "要介護2", "care-3", "要介護3", "care-4", "要介護4",
            "care-5", "要介護5");
    static final Map<String, String> STATUSES = words("active", "登録中", "in-hospital", "入院中", "in-facility", "施設入所中",
            "moved", "転出", "deceased", "死亡", "withdrawn", "同意撤回");
    static final Map<String, String> DISCLOSE_TO = words("hospital", "病院", "police", "警察", "fire", "消防");
    private static final Map<String, String> MORE_WORDS = Map.ofEntries(Map.entry("女", "female"), Map.entry("男", "male"),
            Map.entry("f", "female"), Map.entry("m", "male"), Map.entry("独居", "alone"), Map.entry("利用中", "active"),
            Map.entry("有効", "active"), Map.entry("転居", "moved"), Map.entry("撤回", "withdrawn"),
            Map.entry("施設入所", "in-facility"), Map.entry("救急", "fire"), Map.entry("消防(救急)", "fire"));

    private static final Pattern WESTERN = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");
    private static final Pattern ERA = Pattern.compile("^(明治|大正|昭和|平成|令和|M|T|S|H|R)(\\d{1,2}|元)[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");
    private static final Map<String, Integer> ERA_FIRST_YEARS = Map.of("明治", 1868, "M", 1868, "大正", 1912, "T", 1912,
            "昭和", 1926, "S", 1926, "平成", 1989, "H", 1989, "令和", 2019, "R", 2019);
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,・/\\s]+");

    private RegistryCells() {
    }

    /** A date in 西暦 or 和暦; null when the text is none (including a 和暦 year its era never had). */
    static LocalDate date(String text) {
        String folded = JapaneseText.folded(text);
        if (folded == null) {
            return null;
        }
        String compact = folded.replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            Matcher western = WESTERN.matcher(compact);
            if (western.matches()) {
                return LocalDate.of(Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)),
                        Integer.parseInt(western.group(3)));
            }
            Matcher era = ERA.matcher(compact);
            if (era.matches()) {
                int number = "元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2));
                if (number < 1) {
                    return null;
                }
                LocalDate date = LocalDate.of(ERA_FIRST_YEARS.get(era.group(1)) + number - 1, Integer.parseInt(era.group(3)),
                        Integer.parseInt(era.group(4)));
                return inEra(era.group(1), date) ? date : null;
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A code given as the code itself or as its Japanese word; null when it is neither. */
    static String code(String text, Map<String, String> codes) {
        String folded = JapaneseText.folded(text);
        if (folded == null) {
            return null;
        }
        String word = folded.replace(" ", "").toLowerCase(Locale.ROOT);
        if (codes.containsKey(word)) {
            return word;
        }
        for (Map.Entry<String, String> entry : codes.entrySet()) {
            if (entry.getValue().equals(word)) {
                return entry.getKey();
            }
        }
        String more = MORE_WORDS.get(word);
        return more != null && codes.containsKey(more) ? more : null;
    }

    /** Codes from a list such as 病院・警察・消防; null when any item is none. */
    static List<String> codes(String text, Map<String, String> codes) {
        String folded = JapaneseText.folded(text);
        List<String> found = new ArrayList<>();
        if (folded == null) {
            return found;
        }
        for (String item : LIST_SEPARATORS.split(folded.replace("（", "(").replace("）", ")"))) {
            if (item.isBlank()) {
                continue;
            }
            String code = code(item, codes);
            if (code == null) {
                return null;
            }
            if (!found.contains(code)) {
                found.add(code);
            }
        }
        return found;
    }

    /** The words a list of codes is written with, in the order of {@code codes}. */
    static String words(List<String> values, Map<String, String> codes) {
        return String.join("・", codes.keySet().stream().filter(values::contains).map(codes::get).toList());
    }

    /** The first and last day of each era as this product reads them (a day may belong to the era that ended or began). */
    private static boolean inEra(String era, LocalDate date) {
        return switch (era) {
            case "明治", "M" -> !date.isAfter(LocalDate.of(1912, 7, 30));
            case "大正", "T" -> !date.isBefore(LocalDate.of(1912, 7, 30)) && !date.isAfter(LocalDate.of(1926, 12, 25));
            case "昭和", "S" -> !date.isBefore(LocalDate.of(1926, 12, 25)) && !date.isAfter(LocalDate.of(1989, 1, 7));
            case "平成", "H" -> !date.isBefore(LocalDate.of(1989, 1, 8)) && !date.isAfter(LocalDate.of(2019, 4, 30));
            default -> !date.isBefore(LocalDate.of(2019, 5, 1));
        };
    }

    private static Map<String, String> words(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
