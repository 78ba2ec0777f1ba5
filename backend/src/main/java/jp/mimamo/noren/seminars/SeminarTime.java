package jp.mimamo.noren.seminars;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Seminars happen in Japan: times are exchanged as local date-times in Asia/Tokyo and stored as instants. */
final class SeminarTime {
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private SeminarTime() {
    }

    static Timestamp timestamp(LocalDateTime local) {
        return Timestamp.from(local.atZone(ZONE).toInstant());
    }

    static LocalDateTime local(Timestamp timestamp) {
        return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), ZONE);
    }

    static LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(Instant.now(clock), ZONE);
    }

    /** The latest a session may be planned: five years ahead. */
    static LocalDate latest(Clock clock) {
        return now(clock).toLocalDate().plusYears(5);
    }
}
