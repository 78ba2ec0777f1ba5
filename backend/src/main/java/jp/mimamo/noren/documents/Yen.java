package jp.mimamo.noren.documents;

import java.text.NumberFormat;
import java.util.Locale;

/** Yen amounts as documents print them: whole yen, thousands separated. */
public final class Yen {
    private Yen() {
    }

    /** ¥12,000 — for amounts in tables and receipts. */
    public static String format(long amount) {
        return (amount < 0 ? "-¥" : "¥") + grouped(Math.abs(amount));
    }

    /** 12,000円 — for amounts in running text. */
    static String inText(long amount) {
        return grouped(amount) + "円";
    }

    private static String grouped(long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }
}
