package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One published version of a head-office text; never changed once published. */
@Serdeable
public record TemplateVersion(String key, int version, String subject, String body, String note, String publishedBy,
                              Instant publishedAt) {
}
