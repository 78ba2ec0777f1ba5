package jp.mimamo.noren.seminars;

import jp.mimamo.noren.shared.JapaneseCalendar;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The Japanese mail a registrant gets when they move up from the waitlist or their session moves. */
record SeminarMail(String subject, String text) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** The session the mail is about, as it stands now. */
    record About(String title, String venue, LocalDateTime startsAt, LocalDateTime endsAt) {
    }

    static SeminarMail of(String kind, String regionName, String participant, About about) {
        String when = when(about);
        String where = about.venue() == null ? "" : "会場: " + about.venue() + "\n";
        String opening = participant + " 様\n\n" + regionName + "です。\n";
        String closing = "\nご都合が悪くなった場合は、お手数ですがご連絡ください。\n\n" + regionName + "\n";
        if ("promoted".equals(kind)) {
            return new SeminarMail("【参加確定】" + about.title(),
                    opening + "キャンセル待ちをしていただいていた「" + about.title() + "」に空きが出ましたので、参加が確定しました。\n\n"
                            + "日時: " + when + "\n" + where + closing);
        }
        return new SeminarMail("【日時変更】" + about.title(),
                opening + "お申し込みいただいている「" + about.title() + "」の日時が変更になりました。\n\n"
                        + "新しい日時: " + when + "\n" + where + closing);
    }

    /** 令和8年5月10日 14:00〜16:00 */
    static String when(About about) {
        return JapaneseCalendar.date(about.startsAt().toLocalDate()) + " " + TIME.format(about.startsAt()) + "〜" + TIME.format(about.endsAt());
    }
}
