package jp.mimamo.noren.templates.texts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A text being edited, to be checked and filled in with sample values. */
@Serdeable
public record PreviewForm(@Nullable String subject, @Nullable String body) {
}
