package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

/** A resident who takes part; {@code checkInCode} is what their ticket's QR code holds. */
@Serdeable
public record ParticipantView(long id, String name, String nameKana, String phone, String email, String checkInCode) {
}
