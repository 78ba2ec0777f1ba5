package jp.mimamo.noren.templates.texts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A region's own text. {@code revision} is the region's latest revision the editor read (0 for none); a change made
 * since is refused as stale. {@code baseVersion} is the head-office version a new override was started from; an
 * existing override keeps its own until it is rebased.
 */
@Serdeable
public record OverrideForm(@Nullable String subject, @Nullable String body, @Nullable Integer revision, @Nullable Integer baseVersion) {
}
