package jp.mimamo.noren.registrants;

import jp.mimamo.noren.sponsors.SponsorFixtures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Registrant request bodies for tests, built from a realistic default: an older woman living alone in Omori. */
public final class RegistrantFixtures {
    public static final String NAME = "山田 ハナ";
    public static final String ADDRESS = "東京都大田区大森北1-2-3 ハイツ大森101";
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private RegistrantFixtures() {
        fields.put("name", NAME);
        fields.put("nameKana", "ヤマダ ハナ");
        fields.put("birthDate", "1940-03-02");
        fields.put("sex", "female");
        fields.put("postalCode", "143-0016");
        fields.put("address", ADDRESS);
        fields.put("phone", "03-3761-1234");
        fields.put("livingSituation", "alone");
        fields.put("livingNotes", "日中は自宅にいることが多い");
        fields.put("careLevel", "support-1");
        fields.put("medical", new LinkedHashMap<>(Map.of("conditions", "高血圧・軽度の認知症", "medication", "降圧剤（朝1回）",
                "allergies", "ペニシリン", "familyDoctor", "大森北クリニック 田中医師", "familyDoctorPhone", "03-3761-5678",
                "hospital", "大森赤十字病院", "notes", "杖を使って歩く")));
        fields.put("consent", new LinkedHashMap<>(Map.of("formVersion", "2024年4月版", "consentedOn", "2025-06-01",
                "discloseTo", List.of("hospital", "police", "fire"))));
        List<Map<String, Object>> connections = new ArrayList<>();
        connections.add(Map.of("kind", "family", "name", "山田 一郎", "relation", "長男", "phone", "090-1234-5678"));
        connections.add(Map.of("kind", "neighbour", "name", "佐藤 和子", "relation", "隣人", "phone", "03-3761-9999"));
        connections.add(Map.of("kind", "place", "name", "喫茶 山王", "relation", "毎朝通う", "phone", "03-3761-0000"));
        fields.put("connections", connections);
    }

    public static RegistrantFixtures aResident() {
        return new RegistrantFixtures();
    }

    public RegistrantFixtures with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public RegistrantFixtures without(String field) {
        fields.remove(field);
        return this;
    }

    public String json() {
        return new SponsorFixtures.JsonText(fields).toString();
    }
}
