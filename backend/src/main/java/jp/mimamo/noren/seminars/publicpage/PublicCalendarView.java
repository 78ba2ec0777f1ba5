package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The region's public calendar: its name and its upcoming open sessions, soonest first. */
@Serdeable
public record PublicCalendarView(String regionCode, String regionName, List<PublicEvent> events) {
}
