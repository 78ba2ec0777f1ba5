package jp.mimamo.noren.seminars;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.Caller;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A resident's own application from the region's public calendar, for one session of an open seminar: recorded with
 * the channel {@code online} under the same session lock as every other application, then confirmed by email when
 * the resident gave an address. Seminars for members or by invitation are not found here.
 */
@Singleton
public class OnlineApplications {
    private static final String CHANNEL = "online";
    private final RegionDatabase database;
    private final Registrations registrations;
    private final Notices notices;
    private final ApplicationEventPublisher<SeminarChanged> events;

    OnlineApplications(RegionDatabase database, Registrations registrations, Notices notices, ApplicationEventPublisher<SeminarChanged> events) {
        this.database = database;
        this.registrations = registrations;
        this.notices = notices;
        this.events = events;
    }

    /** What the resident is shown: a seat or a place on the waitlist, for which session, and whether a mail went out. */
    @Serdeable
    public record Receipt(String status, Integer waitlistPosition, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                          String venueName, boolean emailed) {
    }

    public Receipt apply(Region region, long sessionId, ParticipantForm person, Map<String, String> answers, Locale locale) {
        CurrentRegion scope = new CurrentRegion(region, new Caller(CHANNEL, "オンライン申込", null, Set.of(), List.of(region.code())));
        long seminarId = openSeminarOf(region.code(), sessionId);
        RegistrationView registration = registrations.register(scope, seminarId,
                new RegistrationForm(null, person, List.of(sessionId), CHANNEL, answers), locale).get(0);
        events.publishEvent(new SeminarChanged(region.code()));
        String address = JapaneseText.trimmed(person.email());
        String kind = "waitlisted".equals(registration.status()) ? "waitlisted" : "confirmed";
        List<Notices.Pending> pending = address == null ? List.of()
                : database.inRegion(scope, c -> notices.recordTo(c, region.code(), registration.id(), kind, address));
        NoticeReport report = notices.deliver(scope, pending);
        SeminarMail.About about = pending.isEmpty() ? about(scope, registration.id()) : pending.get(0).about();
        return new Receipt(registration.status(), registration.waitlistPosition(), about.title(), about.startsAt(), about.endsAt(),
                about.venue(), report.emailed() > 0);
    }

    private long openSeminarOf(String region, long sessionId) {
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("select m.id from seminar_sessions s"
                    + " join seminars m on m.region_id = s.region_id and m.id = s.seminar_id"
                    + " where s.region_id = ? and s.id = ? and m.audience = 'open'")) {
                ps.setString(1, region);
                ps.setLong(2, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound();
                    }
                    return rs.getLong(1);
                }
            }
        });
    }

    private SeminarMail.About about(CurrentRegion scope, long registrationId) {
        return database.inRegion(scope, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select m.title, v.name, s.starts_at, s.ends_at from seminar_registrations r
                    join seminar_sessions s on s.region_id = r.region_id and s.id = r.session_id
                    join seminars m on m.region_id = s.region_id and m.id = s.seminar_id
                    left join seminar_venues v on v.region_id = m.region_id and v.id = m.venue_id
                    where r.region_id = ? and r.id = ?""")) {
                ps.setString(1, scope.code());
                ps.setLong(2, registrationId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new SeminarMail.About(rs.getString(1), rs.getString(2), SeminarTime.local(rs.getTimestamp(3)),
                            SeminarTime.local(rs.getTimestamp(4)));
                }
            }
        });
    }
}
