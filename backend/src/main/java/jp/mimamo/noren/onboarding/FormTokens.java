package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import java.time.Duration;
import java.time.Instant;

/**
 * The signed time the application form was opened. A form sent back sooner than a person can fill it in, or
 * a day later, is refused: flooding scripts do not wait, and a stale token cannot be collected and replayed.
 */
@Singleton
class FormTokens {
    private static final String PURPOSE = "form";
    private static final Duration LIFETIME = Duration.ofHours(24);
    private final SignedTokens tokens;
    private final Duration minimum;

    FormTokens(SignedTokens tokens, OnboardingSettings settings) {
        this.tokens = tokens;
        this.minimum = Duration.ofSeconds(settings.minimumFillSeconds());
    }

    String issue(Instant openedAt) {
        return tokens.sign(PURPOSE, openedAt.getEpochSecond() + "." + SignedTokens.nonce());
    }

    void check(String token, Instant now) {
        String payload = tokens.verify(PURPOSE, token)
                .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION, "onboarding.form.invalid"));
        Instant opened = Instant.ofEpochSecond(Long.parseLong(payload.substring(0, payload.indexOf('.'))));
        if (opened.plus(minimum).isAfter(now)) {
            throw new ProblemException(ProblemType.VALIDATION, "onboarding.form.tooFast");
        }
        if (opened.plus(LIFETIME).isBefore(now)) {
            throw new ProblemException(ProblemType.VALIDATION, "onboarding.form.expired");
        }
    }
}
