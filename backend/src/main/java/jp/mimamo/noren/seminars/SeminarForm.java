package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A seminar's plan. {@code kind} is {@code single} (one session) or {@code series} (a course of many);
 * {@code sessions} is read when the seminar is created (sessions are added and moved one by one afterwards);
 * {@code questions} are asked of every registrant (a seat near the door, a hearing aid …).
 */
@Serdeable
public record SeminarForm(@Nullable String kind, @Nullable String title, @Nullable String description, @Nullable Long venueId,
                          @Nullable Integer capacity, @Nullable Integer fee, @Nullable String audience,
                          @Nullable List<String> questions, @Nullable List<OrganiserForm> organisers,
                          @Nullable List<SessionForm> sessions, @Nullable Integer version) {
}
