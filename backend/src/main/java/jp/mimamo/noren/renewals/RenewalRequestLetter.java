package jp.mimamo.noren.renewals;

import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.JapaneseCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The renewal request as a letter's text: the template filled in for one sponsor. */
record RenewalRequestLetter(String regionName, String sponsorName, String contactName, FiscalYear year, int units,
                            int fee, List<String> benefits, LocalDate dueDate, boolean reminder) {
    private static final String TEMPLATE = load("/mail/renewal-request.ja.txt");

    String subject() {
        return (reminder ? "【再送】" : "") + regionName + " 協賛継続のお願い（" + year.label(Locale.JAPANESE) + "）";
    }

    String text() {
        Map<String, String> values = Map.of(
                "{sponsorName}", sponsorName,
                "{contactName}", contactName == null ? "ご担当者" : contactName,
                "{regionName}", regionName,
                "{fiscalYearLabel}", year.label(Locale.JAPANESE) + "（" + year.startYear() + "年度）",
                "{units}", Integer.toString(units),
                "{fee}", NumberFormat.getIntegerInstance(Locale.JAPAN).format(fee) + "円",
                "{benefits}", benefits.isEmpty() ? "―" : String.join("、", benefits),
                "{dueDate}", JapaneseCalendar.date(dueDate) + "（" + dueDate + "）");
        String text = TEMPLATE;
        for (var entry : values.entrySet()) {
            text = text.replace(entry.getKey(), entry.getValue());
        }
        return text;
    }

    private static String load(String resource) {
        try (InputStream in = RenewalRequestLetter.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
