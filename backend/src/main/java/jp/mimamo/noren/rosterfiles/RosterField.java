package jp.mimamo.noren.rosterfiles;

import jp.mimamo.noren.shared.JapaneseText;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a column of a roster file can hold: a sponsor field, or a field of one sponsorship year (a row with a 年度
 * is one sponsor × one fiscal year). The title is the column header the export writes and the import recognises.
 */
enum RosterField {
    NAME("name", "名称", true, false),
    NAME_KANA("nameKana", "フリガナ", true, false),
    CATEGORY("categoryCode", "カテゴリ", true, false),
    POSTAL_CODE("postalCode", "郵便番号", false, false),
    ADDRESS("address", "住所", false, false),
    PHONE("phone", "電話番号", false, false),
    EMAIL("email", "メールアドレス", false, false),
    JOINED_ON("joinedOn", "入会日", false, false),
    NOTES("notes", "備考", false, false),
    FISCAL_YEAR("fiscalYear", "年度", false, true),
    STATUS("status", "回答", false, true),
    UNITS("units", "口数", false, true),
    UNIT_FEE("unitFee", "1口の金額", false, true),
    FEE("fee", "協賛金", false, true),
    INVOICED_ON("invoicedOn", "請求日", false, true),
    PAID_ON("paidOn", "入金日", false, true),
    PAYMENT_METHOD("paymentMethod", "入金方法", false, true),
    PAID_AMOUNT("paidAmount", "入金額", false, true),
    YEAR_NOTES("yearNotes", "年度の備考", false, true);

    /** Written by the export after the sponsor fields; the import leaves archiving to the roster screen. */
    static final String STATE_TITLE = "状態";
    static final String ACTIVE = "有効";
    static final String ARCHIVED = "アーカイブ";

    private static final Map<String, RosterField> BY_ID = Arrays.stream(values())
            .collect(Collectors.toMap(f -> f.id, Function.identity()));
    private static final Map<String, RosterField> BY_TITLE = Arrays.stream(values())
            .collect(Collectors.toMap(f -> JapaneseText.searchKey(f.title), Function.identity()));

    final String id;
    final String title;
    final boolean required;
    final boolean ofYear;

    RosterField(String id, String title, boolean required, boolean ofYear) {
        this.id = id;
        this.title = title;
        this.required = required;
        this.ofYear = ofYear;
    }

    static Optional<RosterField> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The field a header names by its title (NFKC, spaces and kana kind ignored) or by its id. */
    static Optional<RosterField> byHeader(String header) {
        RosterField byTitle = BY_TITLE.get(JapaneseText.searchKey(header));
        return Optional.ofNullable(byTitle != null ? byTitle : BY_ID.get(header == null ? null : header.strip()));
    }

    static List<RosterField> all() {
        return List.of(values());
    }
}
