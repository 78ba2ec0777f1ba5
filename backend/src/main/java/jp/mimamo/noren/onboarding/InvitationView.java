package jp.mimamo.noren.onboarding;

import io.micronaut.serde.annotation.Serdeable;

/** What the invitation page shows before the organiser chooses a password. */
@Serdeable
public record InvitationView(String regionCode, String regionName, String email, String organiserName, boolean accepted) {
}
