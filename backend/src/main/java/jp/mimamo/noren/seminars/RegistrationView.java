package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One person's place in one session. {@code status}: registered, waitlisted (with its {@code waitlistPosition}),
 * cancelled, attended, or no-show (registered, the session over, not there).
 */
@Serdeable
public record RegistrationView(long id, long sessionId, LocalDateTime sessionStartsAt, long participantId, String name, String nameKana,
                               String phone, String email, String channel, String status, Integer waitlistPosition,
                               Map<String, String> answers, Instant attendedAt, Instant createdAt, String checkInCode, int version) {
}
