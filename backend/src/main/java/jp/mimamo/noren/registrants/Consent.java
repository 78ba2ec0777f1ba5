package jp.mimamo.noren.registrants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * The signed consent form: its version, the day it was signed, and to whom the person agreed their record may
 * be disclosed in an emergency ({@code hospital}, {@code police}, {@code fire}).
 */
@Serdeable
public record Consent(@Nullable String formVersion, @Nullable LocalDate consentedOn, @Nullable List<String> discloseTo) {
}
