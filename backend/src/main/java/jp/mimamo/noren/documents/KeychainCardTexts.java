package jp.mimamo.noren.documents;

import java.util.Objects;

/**
 * The fixed words of a keychain card sheet, from the template library: the heading at the top of each card's front
 * (the network's name by default), the label above the centre, the label above the number on the back, and the note
 * printed above the cards.
 */
public record KeychainCardTexts(String frontHeading, String frontLabel, String backLabel, String sheetNote) {
    public static final KeychainCardTexts STANDARD = new KeychainCardTexts(null, "緊急連絡先", "登録番号",
            "見守りキーホルダー用カード　外側の角の線に沿って切り取り、点線で山折りにして差し込んでください。");

    public KeychainCardTexts {
        Objects.requireNonNull(frontLabel, "frontLabel");
        Objects.requireNonNull(backLabel, "backLabel");
        Objects.requireNonNull(sheetNote, "sheetNote");
    }

    /** From a filled library text: the heading is its subject, the body's lines are front label, back label and note. */
    public static KeychainCardTexts of(String heading, String body) {
        String[] lines = body.strip().split("\n", 3);
        return new KeychainCardTexts(heading, line(lines, 0), line(lines, 1), line(lines, 2).replace('\n', '　'));
    }

    private static String line(String[] lines, int index) {
        return index < lines.length ? lines[index].strip() : "";
    }

    String heading(KeychainCard card) {
        return frontHeading == null || frontHeading.isBlank() ? card.regionName() : frontHeading;
    }
}
