package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A template in a region's list: head office's latest version, whether the region uses its own text, the version that
 * text is based on (null without one) and whether head office has published a newer version since.
 */
@Serdeable
public record RegionTemplateEntry(String key, String nameJa, String nameEn, int latestVersion, boolean overridden,
                                  Integer baseVersion, boolean upstreamChanged) {
}
