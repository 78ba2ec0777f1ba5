package jp.mimamo.noren.seminars;

import io.micronaut.json.JsonMapper;
import jp.mimamo.noren.support.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Seminar and application bodies for tests, from a realistic default: a monthly 地域づくりセミナー in the station. */
public final class SeminarFixtures {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private SeminarFixtures() {
        fields.put("kind", "single");
        fields.put("title", "地域づくりセミナー「フレイル予防と食事」");
        fields.put("description", "管理栄養士が、いつまでも元気に食べるためのコツをお話しします。");
        fields.put("capacity", 120);
        fields.put("fee", 0);
        fields.put("audience", "open");
        fields.put("questions", List.of("入口近くの席を希望", "補聴器を使用"));
        fields.put("organisers", List.of(
                organiser(null, "大田区地域包括支援センター入新井", "government", "host"),
                organiser(null, "山王みなみクリニック", "medical", "lecture"),
                organiser(null, "山王商店会", "shopping-street", "support")));
        fields.put("sessions", List.of(session(inDays(14), 2)));
    }

    public static SeminarFixtures aMonthlySeminar() {
        return new SeminarFixtures();
    }

    public static SeminarFixtures aWeeklyCourse(int weeks) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            sessions.add(session(inDays(7 + 7 * i), 1));
        }
        return new SeminarFixtures().with("kind", "series").with("title", "みま～も体操教室").with("capacity", 20)
                .with("questions", List.of()).with("sessions", sessions);
    }

    public static Map<String, Object> organiser(Long sponsorId, String name, String role, String part) {
        Map<String, Object> organiser = new LinkedHashMap<>();
        organiser.put("sponsorId", sponsorId);
        organiser.put("name", name);
        organiser.put("role", role);
        organiser.put("part", part);
        return organiser;
    }

    public static Map<String, Object> session(LocalDateTime startsAt, int hours) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("startsAt", startsAt.toString());
        session.put("endsAt", startsAt.plusHours(hours).toString());
        return session;
    }

    /** A whole hour, {@code days} from now, at 14:00 Japan time. */
    public static LocalDateTime inDays(int days) {
        return LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(days).withHour(14).truncatedTo(ChronoUnit.HOURS);
    }

    public static Map<String, Object> person(String name, String kana, String phone, String email) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        person.put("nameKana", kana);
        person.put("phone", phone);
        person.put("email", email);
        return person;
    }

    public static Map<String, Object> application(Map<String, Object> person, String channel) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("participant", person);
        form.put("channel", channel);
        return form;
    }

    public SeminarFixtures with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    public String json(JsonMapper json) {
        return write(json, fields);
    }

    public static String write(JsonMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a session in time behind the application's back, as the clock would: for sessions that have begun or ended. */
    public static void shiftSession(long sessionId, long hours) {
        try (Connection c = TestDatabase.get().superuser("noren");
             PreparedStatement ps = c.prepareStatement("update seminar_sessions set starts_at = starts_at + make_interval(hours => ?),"
                     + " ends_at = ends_at + make_interval(hours => ?) where id = ?")) {
            ps.setInt(1, (int) hours);
            ps.setInt(2, (int) hours);
            ps.setLong(3, sessionId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
