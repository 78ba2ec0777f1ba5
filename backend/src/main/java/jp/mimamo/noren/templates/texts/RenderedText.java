package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

/** A text with its placeholders filled in; {@code subject} is null for kinds without one. */
@Serdeable
public record RenderedText(String subject, String body) {
}
