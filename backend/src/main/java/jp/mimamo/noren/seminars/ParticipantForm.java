package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A resident as given on an application: name and フリガナ required, phone or email to reach them. */
@Serdeable
public record ParticipantForm(@Nullable String name, @Nullable String nameKana, @Nullable String phone, @Nullable String email) {
}
