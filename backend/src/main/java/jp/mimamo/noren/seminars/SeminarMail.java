package jp.mimamo.noren.seminars;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.DocumentText;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.documents.TemplateKind.Placeholder;
import jp.mimamo.noren.shared.JapaneseCalendar;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The Japanese mail a registrant gets: an online application received (a seat, or a place on the waitlist), moved up
 * from the waitlist, their session moved or called off. Its words are texts of head office's template library, one
 * kind per notice kind ({@link Templates}).
 */
record SeminarMail(String subject, String text) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** The session the mail is about, as it stands now. */
    record About(String title, String venue, LocalDateTime startsAt, LocalDateTime endsAt) {
    }

    /** The library key of a notice's kind. */
    static String keyFor(String kind) {
        return switch (kind) {
            case "promoted" -> Templates.PROMOTED;
            case "confirmed" -> Templates.CONFIRMED;
            case "waitlisted" -> Templates.WAITLISTED;
            case "session-cancelled" -> Templates.CANCELLED;
            default -> Templates.MOVED;
        };
    }

    static SeminarMail of(DocumentText template, String regionName, String participant, About about) {
        Map<String, String> values = Map.of("participantName", participant, "regionName", regionName, "seminarTitle", about.title(),
                "when", when(about), "venueLine", about.venue() == null ? "" : "会場: " + about.venue() + "\n");
        return new SeminarMail(template.subject(values), template.body(values));
    }

    /** 令和8年5月10日 14:00〜16:00 */
    static String when(About about) {
        return JapaneseCalendar.date(about.startsAt().toLocalDate()) + " " + TIME.format(about.startsAt()) + "〜" + TIME.format(about.endsAt());
    }

    /** The mails' kinds in the template library, with the placeholders filled in. */
    @Factory
    static class Templates {
        static final String PROMOTED = "seminar-promoted";
        static final String MOVED = "seminar-moved";
        static final String CONFIRMED = "seminar-confirmed";
        static final String WAITLISTED = "seminar-waitlisted";
        static final String CANCELLED = "seminar-cancelled";
        private static final List<Placeholder> PLACEHOLDERS = List.of(
                new Placeholder("participantName", "参加者の氏名", "Participant's name", "大森 太郎"),
                new Placeholder("regionName", "地域（ネットワーク）の名称", "Region (network) name", "みま～も大田"),
                new Placeholder("seminarTitle", "講座名", "Seminar title", "地域づくりセミナー"),
                new Placeholder("when", "日時", "Date and time", "令和8年5月10日 14:00〜16:00"),
                new Placeholder("venueLine", "会場の行（会場がなければ空）", "Venue line (empty without a venue)", "会場: 大森地域センター\n"));

        @Singleton
        TemplateKind promoted() {
            return new TemplateKind(PROMOTED, "講座：キャンセル待ちからの参加確定メール", "Seminar: moved up from the waitlist (mail)", true,
                    PLACEHOLDERS);
        }

        @Singleton
        TemplateKind moved() {
            return new TemplateKind(MOVED, "講座：日時変更のお知らせメール", "Seminar: session moved (mail)", true, PLACEHOLDERS);
        }

        @Singleton
        TemplateKind confirmed() {
            return new TemplateKind(CONFIRMED, "講座：お申し込み受付メール", "Seminar: application received (mail)", true, PLACEHOLDERS);
        }

        @Singleton
        TemplateKind waitlisted() {
            return new TemplateKind(WAITLISTED, "講座：キャンセル待ち受付メール", "Seminar: on the waitlist (mail)", true, PLACEHOLDERS);
        }

        @Singleton
        TemplateKind cancelled() {
            return new TemplateKind(CANCELLED, "講座：中止のお知らせメール", "Seminar: session called off (mail)", true, PLACEHOLDERS);
        }
    }
}
