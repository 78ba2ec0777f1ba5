package jp.mimamo.noren.documents;

/**
 * The typefaces shipped with the application (Morisawa BIZ UD, SIL Open Font License 1.1). Both cover JIS X 0208
 * and every CP932 extra (髙, 﨑, ①, ㈱); a character neither has is printed as 〓, the customary mark for one.
 */
public enum JapaneseFont {
    /** Letter bodies, the conventional face for business correspondence. */
    MINCHO("fonts/BIZUDMincho-Regular.ttf"),
    /** Headings, tables, amounts and cards: the universal-design Gothic stays legible at small sizes. */
    GOTHIC("fonts/BIZUDGothic-Regular.ttf");

    private final String resource;

    JapaneseFont(String resource) {
        this.resource = resource;
    }

    String resource() {
        return resource;
    }
}
