package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * A resident's application from the public page: who they are and how to reach them (phone or email), the answers
 * to the seminar's own questions, their consent to the privacy note, the form token they were given, and
 * {@code website}, a field people never see and so never fill in (a honeypot for programs that fill every field).
 */
@Serdeable
public record PublicApplicationForm(@Nullable String name, @Nullable String nameKana, @Nullable String phone, @Nullable String email,
                                    @Nullable Map<String, String> answers, @Nullable Boolean consent, @Nullable String formToken,
                                    @Nullable String website) {
}
