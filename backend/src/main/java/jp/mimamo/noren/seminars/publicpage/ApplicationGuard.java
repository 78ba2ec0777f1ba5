package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps spam and floods off the public form without a CAPTCHA service: a body size limit, a limit of applications
 * per client address and per form in each window (429), a signed form token that must be this region's, not too old
 * and not too young (nobody fills in a form in under {@code minFillTime}), an empty honeypot field, and consent to
 * the privacy note. A duplicate application (same person, same session) is refused later, under the session's lock.
 */
@Singleton
class ApplicationGuard {
    private final PublicPageSettings settings;
    private final FormTokens tokens;
    private final RateLimits limits;
    private final HttpClientAddressResolver addresses;

    ApplicationGuard(PublicPageSettings settings, FormTokens tokens, RateLimits limits, HttpClientAddressResolver addresses) {
        this.settings = settings;
        this.tokens = tokens;
        this.limits = limits;
        this.addresses = addresses;
    }

    /** Thrown when a client sends too much too often; answered with 429 and a Retry-After. */
    static final class TooManyRequests extends RuntimeException {
        final ProblemException problem = new ProblemException(ProblemType.TOO_MANY_REQUESTS, "problem.publicForm.tooMany");
        final long retryAfterSeconds;

        TooManyRequests(Duration wait) {
            super("too many applications", null, false, false);
            retryAfterSeconds = Math.max(1, wait.toSeconds());
        }
    }

    void check(HttpRequest<?> request, String regionCode, PublicApplicationForm form, Instant now, Locale locale) {
        if (request.getContentLength() > settings.maxBodyBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "problem.publicForm.tooLarge");
        }
        String address = Optional.ofNullable(addresses.resolve(request)).orElse("unknown");
        limit("address:" + address, settings.applicationsPerAddress(), now);
        FormTokens.Claims claims = tokens.read(form.formToken())
                .filter(c -> c.regionCode().equals(regionCode))
                .filter(c -> !c.issuedAt().plus(settings.formMaxAge()).isBefore(now))
                .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION, "problem.publicForm.expired"));
        limit("form:" + claims.formId(), settings.applicationsPerForm(), now);
        if (form.website() != null && !form.website().isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "problem.publicForm.rejected");
        }
        if (claims.issuedAt().plus(settings.minFillTime()).isAfter(now)) {
            throw new ProblemException(ProblemType.VALIDATION, "problem.publicForm.tooFast");
        }
        if (!Boolean.TRUE.equals(form.consent())) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("consent", "validation.publicForm.consent");
            errors.throwIfAny();
        }
    }

    private void limit(String key, int limit, Instant now) {
        limits.attempt(key, limit, settings.rateWindow(), now).ifPresent(wait -> {
            throw new TooManyRequests(wait);
        });
    }
}
