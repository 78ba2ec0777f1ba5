package jp.mimamo.noren.seminars;

import jp.mimamo.noren.shared.JapaneseCalendar;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The Japanese mail a registrant gets: an online application received (a seat, or a place on the waitlist), moved up
 * from the waitlist, their session moved or cancelled.
 */
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
        if ("confirmed".equals(kind)) {
            return new SeminarMail("【お申し込み受付】" + about.title(),
                    opening + "「" + about.title() + "」へのお申し込みを受け付けました。当日お気をつけてお越しください。\n\n"
                            + "日時: " + when + "\n" + where + closing);
        }
        if ("waitlisted".equals(kind)) {
            return new SeminarMail("【キャンセル待ち受付】" + about.title(),
                    opening + "「" + about.title() + "」は満席のため、キャンセル待ちとして受け付けました。"
                            + "空きが出ましたら、改めてご連絡します。\n\n"
                            + "日時: " + when + "\n" + where + closing);
        }
        if ("session-cancelled".equals(kind)) {
            return new SeminarMail("【中止】" + about.title(),
                    opening + "お申し込みいただいていた「" + about.title() + "」の次の回は、都合により中止となりました。"
                            + "ご迷惑をおかけして申し訳ありません。お申し込みは取り消しました。\n\n"
                            + "中止の回: " + when + "\n" + where + "\n" + regionName + "\n");
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
