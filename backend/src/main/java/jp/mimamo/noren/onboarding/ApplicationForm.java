package jp.mimamo.noren.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an organiser sends to apply for a region. {@code website} is a field people never see (a bot fills
 * it in); {@code formToken} is the signed time the form was opened.
 */
@Serdeable
public record ApplicationForm(@Nullable String regionName, @Nullable String code, @Nullable String municipality,
                              @Nullable String organiserName, @Nullable String organiserEmail,
                              @Nullable String organisation, @Nullable List<PartnerForm> partners,
                              @Nullable Integer expectedCentres, @Nullable String message,
                              @Nullable Boolean agreedToTerms, @Nullable String formToken, @Nullable String website) {
}
