package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** Someone who came without applying: a known participant, or a new one written down at the door. */
@Serdeable
public record WalkInForm(@Nullable Long participantId, @Nullable ParticipantForm participant, @Nullable Map<String, String> answers) {
}
