package jp.mimamo.noren.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Who to invite into the region and with which role. */
@Serdeable
public record InvitationForm(@Nullable String email, @Nullable String lastName, @Nullable String firstName, @Nullable String role) {
}
