package jp.mimamo.noren.seminars;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of organisation that runs a seminar: the rule of three asks for three different ones. */
enum OrganiserRole {
    MEDICAL("medical", "医療", "Medical"),
    CARE("care", "介護", "Care"),
    WELFARE("welfare", "福祉", "Welfare"),
    BUSINESS("business", "企業", "Business"),
    SHOPPING_STREET("shopping-street", "商店街", "Shopping street"),
    GOVERNMENT("government", "行政", "Local government"),
    RESIDENTS("residents", "住民団体", "Residents' group"),
    EDUCATION("education", "教育", "Education"),
    OTHER("other", "その他", "Other");

    final String code;
    private final String ja;
    private final String en;

    OrganiserRole(String code, String ja, String en) {
        this.code = code;
        this.ja = ja;
        this.en = en;
    }

    static Optional<OrganiserRole> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ja;
    }

    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(r -> r.code).toList());
    }
}
