package jp.mimamo.noren.seminars;

import java.time.LocalDateTime;
import java.util.List;

/** A seminar form that passed {@link SeminarRules}: trimmed, defaults filled in. */
record ValidSeminar(String kind, String title, String description, Long venueId, int capacity, int fee, String audience,
                    List<String> questions, List<Organiser> organisers, List<Slot> sessions) {

    record Organiser(Long sponsorId, String name, OrganiserRole role, String part) {
    }

    record Slot(LocalDateTime startsAt, LocalDateTime endsAt) {
    }
}
