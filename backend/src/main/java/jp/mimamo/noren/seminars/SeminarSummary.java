package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;

/** A line of the seminar list: the next session still to come, or the last one when all are over. */
@Serdeable
public record SeminarSummary(long id, String kind, String title, String venueName, String audience, int capacity, int fee,
                             int sessions, LocalDateTime firstStartsAt, LocalDateTime lastStartsAt, LocalDateTime nextStartsAt,
                             boolean ruleOfThree, int organisations) {
}
