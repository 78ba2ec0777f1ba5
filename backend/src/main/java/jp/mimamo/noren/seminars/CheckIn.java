package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

/** The registration ticked at the door; {@code walkIn} when the person had not applied for this session. */
@Serdeable
public record CheckIn(RegistrationView registration, boolean walkIn) {
}
