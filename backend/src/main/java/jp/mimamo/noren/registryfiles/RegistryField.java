package jp.mimamo.noren.registryfiles;

import jp.mimamo.noren.shared.JapaneseText;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a registry file, by the titles the export writes and the other headings offices use for them.
 * Headings are compared the way people type them (NFKC, spaces and kana kind ignored).
 */
enum RegistryField {
    NUMBER("鍵番号", false, "キーホルダー番号", "登録番号", "番号"),
    NAME("氏名", true, "名前", "お名前"),
    NAME_KANA("フリガナ", true, "ふりがな", "よみがな", "カナ", "氏名カナ"),
    BIRTH_DATE("生年月日", true, "誕生日"),
    SEX("性別", false),
    POSTAL_CODE("郵便番号", false, "〒"),
    ADDRESS("住所", true),
    PHONE("電話", false, "電話番号", "TEL"),
    LIVING("世帯", false, "生活状況", "暮らし"),
    CARE_LEVEL("介護度", false, "要介護度"),
    CENTRE("センター", false, "担当センター", "所属センター", "地域包括支援センター"),
    CONSENTED_ON("同意日", true),
    CONSENT_VERSION("同意書の版", true, "同意書", "同意書版"),
    DISCLOSE_TO("開示先", false, "情報提供先"),
    STATUS("状態", false, "ステータス"),
    CONTACT_1_NAME("緊急連絡先1 氏名", false, "緊急連絡先1"),
    CONTACT_1_RELATION("緊急連絡先1 続柄", false),
    CONTACT_1_PHONE("緊急連絡先1 電話", false, "緊急連絡先1 電話番号"),
    CONTACT_2_NAME("緊急連絡先2 氏名", false, "緊急連絡先2"),
    CONTACT_2_RELATION("緊急連絡先2 続柄", false),
    CONTACT_2_PHONE("緊急連絡先2 電話", false, "緊急連絡先2 電話番号"),
    CONTACT_3_NAME("緊急連絡先3 氏名", false, "緊急連絡先3"),
    CONTACT_3_RELATION("緊急連絡先3 続柄", false),
    CONTACT_3_PHONE("緊急連絡先3 電話", false, "緊急連絡先3 電話番号"),
    FAMILY_DOCTOR("かかりつけ医", false, "主治医"),
    CONDITIONS("既往歴", false, "持病", "持病・既往歴"),
    MEDICATION("服薬", false, "お薬", "服薬中の薬");

    static final int CONTACTS = 3;
    final String title;
    final boolean required;
    private final List<String> keys;

    RegistryField(String title, boolean required, String... aliases) {
        this.title = title;
        this.required = required;
        this.keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(title), Arrays.stream(aliases))
                .map(RegistryField::key).toList();
    }

    static Optional<RegistryField> byHeader(String header) {
        String key = key(header);
        return Arrays.stream(values()).filter(f -> f.keys.contains(key)).findFirst();
    }

    static RegistryField contact(int n, int part) {
        return values()[CONTACT_1_NAME.ordinal() + (n - 1) * 3 + part];
    }

    private static String key(String header) {
        String key = JapaneseText.searchKey(header);
        return key == null ? "" : key.replace(" ", "");
    }
}
