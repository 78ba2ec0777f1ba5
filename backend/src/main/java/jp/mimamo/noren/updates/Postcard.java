package jp.mimamo.noren.updates;

import jp.mimamo.noren.documents.TextTemplate;
import jp.mimamo.noren.shared.JapaneseCalendar;

import java.time.LocalDate;
import java.util.Map;

/** One registrant's update postcard or letter: the address side and the filled-in message. */
record Postcard(LocalDate date, String postalCode, String address, String name, Sender sender, String title, String message) {

    /** The centre that sends it, printed as the sender. */
    record Sender(String centreName, String postalCode, String address, String phone, String regionName) {
    }

    static Postcard of(PostcardTemplate template, WorklistItem item, Sender sender, LocalDate today) {
        Map<String, String> values = Map.of(
                "registrantName", item.name(),
                "birthMonth", item.birthDate().getMonthValue() + "月",
                "centreName", sender.centreName(),
                "centrePhone", text(sender.phone()),
                "centreAddress", text(sender.address()),
                "lastUpdatedOn", JapaneseCalendar.date(item.lastUpdatedOn()),
                "regionName", sender.regionName());
        String title = template.subject() == null ? null : TextTemplate.fill(template.subject(), values);
        return new Postcard(today, item.postalCode(), item.address(), item.name(), sender, title,
                TextTemplate.fill(template.body(), values));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
