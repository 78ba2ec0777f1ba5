package jp.mimamo.noren.statistics;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Which regions use their own text for which template of head office's library, and the head-office version each
 * text is based on: a region behind the latest version has not yet reviewed head office's change. Names only, never
 * a region's text.
 */
@Serdeable
public record TemplateOverridesReport(List<Template> templates) {
    @Serdeable
    public record Template(String key, int latestVersion, List<Override> regions) {
    }

    @Serdeable
    public record Override(String region, String regionName, int baseVersion) {
    }
}
