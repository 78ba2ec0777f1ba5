package jp.mimamo.noren.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;

/** The roles a partner organisation plays; the founding rule asks for three organisations with different roles. */
final class PartnerRoles {
    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("medical", "医療");
        LABELS.put("care", "介護");
        LABELS.put("welfare", "福祉");
        LABELS.put("business", "企業");
        LABELS.put("shopping-street", "商店街");
        LABELS.put("government", "行政");
        LABELS.put("residents", "住民団体");
        LABELS.put("other", "その他");
    }

    static final int MINIMUM = 3;

    private PartnerRoles() {
    }
}
