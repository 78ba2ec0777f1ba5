package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record SeminarView(long id, String kind, String title, String description, Long venueId, String venueName,
                          int capacity, int fee, String audience, List<String> questions, List<OrganiserView> organisers,
                          RuleOfThreeView ruleOfThree, List<SessionView> sessions, int version) {
}
