package jp.mimamo.noren.sponsors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sponsor request bodies for tests, built from a realistic default. */
public final class SponsorFixtures {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private SponsorFixtures() {
        fields.put("name", "山王みなみ病院");
        fields.put("nameKana", "サンノウミナミビョウイン");
        fields.put("categoryCode", "hospital");
        fields.put("postalCode", "143-0023");
        fields.put("address", "東京都大田区山王1-2-3");
        fields.put("phone", "03-1234-5678");
        fields.put("email", "info@sannou-minami.example");
        fields.put("joinedOn", "2024-04-01");
        fields.put("notes", "地域づくりセミナーの講師を担当");
        List<Map<String, Object>> contacts = new ArrayList<>();
        contacts.add(Map.of("name", "山田 花子", "nameKana", "ヤマダ ハナコ", "title", "地域連携室長", "phone", "03-1234-5679"));
        fields.put("contacts", contacts);
    }

    public static SponsorFixtures aHospital() {
        return new SponsorFixtures();
    }

    public static SponsorFixtures aPharmacy() {
        return new SponsorFixtures().with("name", "みなみ調剤薬局").with("nameKana", "ミナミチョウザイヤッキョク")
                .with("categoryCode", "pharmacy");
    }

    public SponsorFixtures with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public SponsorFixtures without(String field) {
        fields.remove(field);
        return this;
    }

    public String json() {
        return Json.write(fields);
    }

    /** Any fixture value as JSON text, for the fixtures of other features. */
    public record JsonText(Object value) {
        @Override
        public String toString() {
            return Json.write(value);
        }
    }

    /** Minimal JSON writing for fixtures: strings, numbers, booleans, null, lists and maps. */
    static final class Json {
        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                StringBuilder out = new StringBuilder("\"");
                for (char ch : s.toCharArray()) {
                    switch (ch) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        case '\n' -> out.append("\\n");
                        default -> {
                            if (ch < 0x20) {
                                out.append(String.format("\\u%04x", (int) ch));
                            } else {
                                out.append(ch);
                            }
                        }
                    }
                }
                return out.append('"').toString();
            }
            if (value instanceof Map<?, ?> map) {
                StringBuilder out = new StringBuilder("{");
                map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(write(String.valueOf(k))).append(':').append(write(v)));
                return out.append('}').toString();
            }
            if (value instanceof List<?> list) {
                StringBuilder out = new StringBuilder("[");
                list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(write(v)));
                return out.append(']').toString();
            }
            return String.valueOf(value);
        }
    }
}
