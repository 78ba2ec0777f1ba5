package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

/** A version with what it changed from the one before it ({@code changes} is null for version 1). */
@Serdeable
public record VersionView(TemplateVersion version, TextChanges changes) {
}
