package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.JapanesePdf;
import jp.mimamo.noren.documents.Page;
import jp.mimamo.noren.documents.PageSize;
import jp.mimamo.noren.documents.PdfImage;
import jp.mimamo.noren.documents.Table;
import jp.mimamo.noren.documents.TextStyle;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The printed papers of a session: the name list ticked at the door (受付名簿), and a participant's ticket (参加証)
 * whose QR code is read at the door instead.
 */
@Singleton
class SeminarDocuments {
    private static final int ROWS_PER_PAGE = 22;
    private static final int BLANK_ROWS = 5;
    private static final float LEFT = 12;
    private static final TextStyle TITLE = TextStyle.gothic(15);
    private static final TextStyle BODY = TextStyle.mincho(10);
    private static final TextStyle CELL = TextStyle.gothic(9.5f).withLineHeight(1.35f);
    private static final TextStyle BOX = TextStyle.gothic(14).withLineHeight(1.0f);
    private static final Table.Column[] COLUMNS = {
            new Table.Column(10, Table.Align.RIGHT, true), Table.Column.text(38), Table.Column.text(38), Table.Column.text(30),
            new Table.Column(16, Table.Align.CENTRE, false), Table.Column.text(50), new Table.Column(12, Table.Align.CENTRE, false)};
    private final RegionDatabase database;
    private final SeminarRepository seminars;
    private final RegistrationRepository registrations;

    SeminarDocuments(RegionDatabase database, SeminarRepository seminars, RegistrationRepository registrations) {
        this.database = database;
        this.seminars = seminars;
        this.registrations = registrations;
    }

    record DoorList(String title, String venue, SessionView session, List<RegistrationView> people) {
    }

    DoorList doorList(CurrentRegion region, long sessionId) {
        return database.inRegion(region, c -> {
            SessionView session = seminars.session(c, region.code(), sessionId).orElseThrow(ProblemException::notFound);
            SeminarRepository.SeminarRow seminar = seminars.find(c, region.code(), session.seminarId()).orElseThrow();
            List<RegistrationView> people = registrations.ofSession(c, region.code(), sessionId).stream()
                    .filter(r -> !r.status().equals("cancelled")).toList();
            return new DoorList(seminar.title(), seminar.venueName(), session, people);
        });
    }

    /** Seats (by reading) then the waitlist, a page at a time, and blank rows at the end for walk-ins. */
    byte[] doorListPdf(DoorList list) {
        List<String[]> rows = new ArrayList<>();
        int number = 1;
        for (RegistrationView r : list.people()) {
            String mark = switch (r.status()) {
                case "waitlisted" -> "待" + r.waitlistPosition();
                case "attended" -> "済";
                default -> "";
            };
            rows.add(new String[] {String.valueOf(number++), r.name(), r.nameKana(), r.phone(), mark.isEmpty() ? channel(r.channel()) : channel(r.channel()) + "\n" + mark,
                    r.answers().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")),
                    r.status().equals("attended") ? "■" : "□"});
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new String[] {String.valueOf(number++), "", "", "", "当日", "", "□"});
        }
        String heading = list.title();
        String when = SeminarMail.when(new SeminarMail.About(list.title(), list.venue(), list.session().startsAt(), list.session().endsAt()));
        String counts = "定員 " + list.session().capacity() + "名　申込 " + list.session().registered() + "名　キャンセル待ち "
                + list.session().waitlisted() + "名";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JapanesePdf pdf = JapanesePdf.open(out, heading + " 受付名簿")) {
            int pages = Math.max(1, (rows.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
            for (int p = 0; p < pages; p++) {
                List<String[]> pageRows = rows.subList(p * ROWS_PER_PAGE, Math.min(rows.size(), (p + 1) * ROWS_PER_PAGE));
                int pageNumber = p + 1;
                pdf.page(PageSize.A4_PORTRAIT, page -> drawDoorList(page, heading, when, list.venue(), counts, pageRows, pageNumber, pages));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawDoorList(Page page, String title, String when, String venue, String counts, List<String[]> rows,
                                     int pageNumber, int pages) {
        float y = page.text(LEFT, 12, "受付名簿　" + title, TITLE);
        y = page.text(LEFT, y + 1, when + (venue == null ? "" : "　" + venue), BODY);
        page.textRight(page.width() - LEFT, 12, pageNumber + " / " + pages, BODY);
        y = page.text(LEFT, y, counts, BODY);
        Table table = Table.of(COLUMNS).row("No.", "氏名", "フリガナ", "電話番号", "申込", "備考", "出席");
        for (String[] row : rows) {
            table.row(row);
        }
        page.table(LEFT, y + 2, table, CELL);
    }

    private static String channel(String channel) {
        return switch (channel) {
            case "online" -> "Web";
            case "phone" -> "電話";
            case "paper" -> "用紙";
            default -> "当日";
        };
    }

    /** A participant's ticket for one registration: the seminar, the time, and the QR code of their check-in code. */
    byte[] ticketPdf(CurrentRegion region, long registrationId) {
        record Ticket(RegistrationView registration, String title, String venue, SessionView session) {
        }
        Ticket ticket = database.inRegion(region, c -> {
            RegistrationView r = registrations.find(c, region.code(), registrationId).orElseThrow(ProblemException::notFound);
            SessionView session = seminars.session(c, region.code(), r.sessionId()).orElseThrow();
            SeminarRepository.SeminarRow seminar = seminars.find(c, region.code(), session.seminarId()).orElseThrow();
            return new Ticket(r, seminar.title(), seminar.venueName(), session);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JapanesePdf pdf = JapanesePdf.open(out, ticket.title() + " 参加証")) {
            PdfImage qr = pdf.image(CheckInQr.png(ticket.registration().checkInCode()));
            String when = SeminarMail.when(new SeminarMail.About(ticket.title(), ticket.venue(), ticket.session().startsAt(),
                    ticket.session().endsAt()));
            pdf.page(PageSize.POSTCARD, page -> {
                float y = page.textCentred(page.width() / 2, 10, "参加証", TITLE);
                y = page.paragraph(10, y + 3, page.width() - 20, ticket.title(), TextStyle.gothic(12));
                y = page.paragraph(10, y + 2, page.width() - 20, when + (ticket.venue() == null ? "" : "\n" + ticket.venue()), BODY);
                y = page.text(10, y + 4, ticket.registration().name() + " 様", TextStyle.mincho(13));
                float size = 45;
                y = page.image(qr, (page.width() - size) / 2, y + 4, size);
                y = page.textCentred(page.width() / 2, y + 1, ticket.registration().checkInCode(), BOX);
                page.paragraph(10, y + 4, page.width() - 20, "当日、受付でこの QR コードをお見せください。", BODY);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
