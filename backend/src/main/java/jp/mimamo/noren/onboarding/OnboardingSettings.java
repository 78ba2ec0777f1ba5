package jp.mimamo.noren.onboarding;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * How the public application form defends itself and how long its links live. {@code signingKey} signs form
 * tokens and links; when empty a random key is made at start-up (links then die with the process).
 */
@ConfigurationProperties("noren.onboarding")
public record OnboardingSettings(@Nullable String signingKey, int minimumFillSeconds, int applicationsPerHour,
                                 int verificationHours, int invitationDays) {
}
