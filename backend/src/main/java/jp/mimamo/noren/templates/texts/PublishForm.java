package jp.mimamo.noren.templates.texts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A new version from head office. {@code baseVersion} is the latest version the editor started from (0 for the
 * first): if another version was published since, the publish is refused as stale.
 */
@Serdeable
public record PublishForm(@Nullable String subject, @Nullable String body, @Nullable String note, @Nullable Integer baseVersion) {
}
