package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What changed in head office's text from one version to a later one, line by line. */
@Serdeable
public record TextChanges(int fromVersion, int toVersion, List<DiffLine> subject, List<DiffLine> body) {
    static TextChanges between(TemplateVersion from, TemplateVersion to) {
        return new TextChanges(from.version(), to.version(), LineDiff.between(from.subject(), to.subject()),
                LineDiff.between(from.body(), to.body()));
    }
}
