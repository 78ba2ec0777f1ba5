package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A version in the list of a template's history, without its text. */
@Serdeable
public record VersionSummary(int version, String note, String publishedBy, Instant publishedAt) {
}
