package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A template as a region admin sees it: head office's latest version, the region's own text ({@code override}, null
 * when the region uses head office's), the region's latest revision number to send back with a change (0 before the
 * first), and head office's changes since the version the region's text is based on (null when there are none).
 */
@Serdeable
public record RegionTemplateView(TemplateKindView kind, TemplateVersion shared, RegionOverride override, int revision,
                                 TextChanges upstreamChanges) {
}
