package jp.mimamo.noren.lookups;

import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;

import java.util.List;
import java.util.Map;

/** The reason a look-up needs, checked before any database work. */
final class LookupRules {
    static final List<String> REASONS = List.of("transport", "protection", "wandering", "other");
    static final Map<String, String> REASON_LABELS = Map.of("transport", "搬送", "protection", "保護", "wandering", "徘徊",
            "other", "その他");
    static final int MAX_TEXT = 200;
    static final int MIN_EMERGENCY_REASON = 5;

    private LookupRules() {
    }

    record Valid(String reason, String reasonText, String emergencyReason) {
        /** How the access log and the centre's notice state the purpose: 搬送, or その他（words）. */
        String purpose() {
            String label = REASON_LABELS.get(reason);
            return reasonText == null ? label : label + "（" + reasonText + "）";
        }
    }

    static Valid validate(LookupForm form, FormErrors errors) {
        String reason = FieldRules.oneOf(errors, "reason", form.reason(), REASONS, true);
        String text = FieldRules.optional(errors, "reasonText", form.reasonText(), MAX_TEXT);
        if ("other".equals(reason) && text == null) {
            errors.reject("reasonText", "validation.lookup.reasonText");
        }
        String emergency = JapaneseText.trimmed(form.emergencyReason());
        if (emergency != null && (emergency.length() < MIN_EMERGENCY_REASON || emergency.length() > MAX_TEXT)) {
            errors.reject("emergencyReason", "validation.lookup.emergencyReason", MIN_EMERGENCY_REASON, MAX_TEXT);
        }
        return new Valid(reason, text, emergency);
    }
}
