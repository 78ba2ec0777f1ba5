package jp.mimamo.noren.rosterfiles;

import jp.mimamo.noren.tables.TableColumn;

import java.util.List;
import java.util.Map;

/** The Japanese column titles of the roster file, shared by the export and the import. */
final class RosterColumns {
    static final String NAME = "名称";
    static final String KANA = "フリガナ";
    static final String CATEGORY = "カテゴリ";
    static final String POSTAL = "郵便番号";
    static final String ADDRESS = "住所";
    static final String PHONE = "電話番号";
    static final String EMAIL = "メールアドレス";
    static final String JOINED = "入会日";
    static final String NOTES = "備考";
    static final String STATE = "状態";
    static final String YEAR = "年度";
    static final String ANSWER = "回答";
    static final String UNITS = "口数";

    static final String ACTIVE = "有効";
    static final String ARCHIVED = "アーカイブ";

    /** Columns an import cannot do without; the others, when absent, leave the stored value as it is. */
    static final List<String> REQUIRED = List.of(NAME, KANA, CATEGORY);
    static final List<String> OPTIONAL = List.of(POSTAL, ADDRESS, PHONE, EMAIL, JOINED, NOTES, STATE, YEAR, ANSWER, UNITS);

    static final List<TableColumn> EXPORT = List.of(TableColumn.text(NAME), TableColumn.text(KANA), TableColumn.text(CATEGORY),
            TableColumn.text(POSTAL), TableColumn.text(ADDRESS), TableColumn.text(PHONE), TableColumn.text(EMAIL),
            TableColumn.date(JOINED), TableColumn.text(NOTES), TableColumn.text(STATE), TableColumn.text(YEAR),
            TableColumn.text(ANSWER), TableColumn.text(UNITS));

    /** Sponsorship status code → what the file shows. */
    static final Map<String, String> ANSWERS = Map.of("pending", "未回答", "renewed", "継続", "declined", "辞退", "new", "新規");

    /** SponsorForm field → the column it comes from, for row messages. */
    static final Map<String, String> FIELD_TITLES = Map.of("name", NAME, "nameKana", KANA, "categoryCode", CATEGORY,
            "postalCode", POSTAL, "address", ADDRESS, "phone", PHONE, "email", EMAIL, "joinedOn", JOINED, "notes", NOTES);

    private RosterColumns() {
    }
}
