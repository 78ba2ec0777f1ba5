package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One upcoming session of an open seminar as anyone may see it: no names of those who applied, only how many seats
 * are left. {@code availability}: {@code open}, {@code few} (残りわずか) or {@code full} (満席: applications go to
 * the waitlist). {@code dateLabel} is the date in Japanese with the day of the week.
 */
@Serdeable
public record PublicEvent(long sessionId, long seminarId, String title, String description, String kind, String venueName,
                          String venueAddress, LocalDateTime startsAt, LocalDateTime endsAt, String dateLabel, String timeLabel,
                          int fee, int seatsLeft, String availability, List<String> questions) {
}
