package jp.mimamo.noren.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The invitation link's token and the password the first admin chose. */
@Serdeable
public record AcceptForm(@Nullable String token, @Nullable String password) {
}
