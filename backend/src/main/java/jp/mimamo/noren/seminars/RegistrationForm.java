package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * An application: an existing participant ({@code participantId}) or a new one ({@code participant}); the sessions
 * applied for (none given: every session still to come); how it reached the region ({@code phone}, {@code paper});
 * the answers to the seminar's questions, keyed by the question.
 */
@Serdeable
public record RegistrationForm(@Nullable Long participantId, @Nullable ParticipantForm participant, @Nullable List<Long> sessionIds,
                               @Nullable String channel, @Nullable Map<String, String> answers) {
}
