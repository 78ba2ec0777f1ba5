package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A template in head office's list; the version fields are null while nothing has been published. */
@Serdeable
public record LibraryEntry(String key, String nameJa, String nameEn, Integer latestVersion, Instant publishedAt,
                           String publishedBy) {
}
