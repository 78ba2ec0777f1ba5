package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A template as head office edits it: its kind, the latest version (null before the first) and all versions, newest first. */
@Serdeable
public record LibraryTemplateView(TemplateKindView kind, TemplateVersion latest, List<VersionSummary> versions) {
}
