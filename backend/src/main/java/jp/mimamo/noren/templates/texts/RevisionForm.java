package jp.mimamo.noren.templates.texts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The region's latest revision the admin read, for a rebase or a revert. */
@Serdeable
public record RevisionForm(@Nullable Integer revision) {
}
