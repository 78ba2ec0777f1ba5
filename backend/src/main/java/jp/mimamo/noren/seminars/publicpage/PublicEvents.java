package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.JapaneseCalendar;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the upcoming sessions of a region's open seminars, with the seats still free in each. */
@Singleton
class PublicEvents {
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final int MAX_EVENTS = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final Argument<List<String>> STRINGS = Argument.listOf(String.class);
    private static final String SQL = """
            select s.id, m.id, m.title, m.description, m.kind, v.name, v.address, s.starts_at, s.ends_at, m.fee, m.capacity,
                   m.questions::text,
                   (select count(*) from seminar_registrations r
                    where r.region_id = s.region_id and r.session_id = s.id and r.status = 'registered')
            from seminar_sessions s
            join seminars m on m.region_id = s.region_id and m.id = s.seminar_id
            left join seminar_venues v on v.region_id = m.region_id and v.id = m.venue_id
            where s.region_id = ? and m.audience = 'open' and s.cancelled_at is null and s.starts_at > ? and s.starts_at < ?
            order by s.starts_at, s.id
            limit ?""";
    private final RegionDatabase database;
    private final JsonMapper json;

    PublicEvents(RegionDatabase database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    List<PublicEvent> upcoming(String region, LocalDateTime now, int days) {
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                ps.setString(1, region);
                ps.setTimestamp(2, Timestamp.from(now.atZone(ZONE).toInstant()));
                ps.setTimestamp(3, Timestamp.from(now.plusDays(days).atZone(ZONE).toInstant()));
                ps.setInt(4, MAX_EVENTS);
                List<PublicEvent> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDateTime startsAt = LocalDateTime.ofInstant(rs.getTimestamp(8).toInstant(), ZONE);
                        LocalDateTime endsAt = LocalDateTime.ofInstant(rs.getTimestamp(9).toInstant(), ZONE);
                        int capacity = rs.getInt(11);
                        int left = Math.max(0, capacity - rs.getInt(13));
                        events.add(new PublicEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), startsAt, endsAt, dateLabel(startsAt),
                                TIME.format(startsAt) + "〜" + TIME.format(endsAt), rs.getInt(10), left, availability(left, capacity),
                                strings(rs.getString(12))));
                    }
                }
                return events;
            }
        });
    }

    /** 令和8年12月3日（水） */
    static String dateLabel(LocalDateTime at) {
        return JapaneseCalendar.date(at.toLocalDate()) + "（" + at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + "）";
    }

    /** Few: at most a tenth of the seats, and never more than five, are left. */
    static String availability(int left, int capacity) {
        if (left <= 0) {
            return "full";
        }
        return left <= Math.min(5, Math.max(1, capacity / 10)) ? "few" : "open";
    }

    private List<String> strings(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
