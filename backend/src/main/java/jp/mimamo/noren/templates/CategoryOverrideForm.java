package jp.mimamo.noren.templates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A region's own view of a shared category: hide it from the region's choices, or show it under its own label (a
 * blank label keeps head office's). {@code version} is the one read, or null when the region had no override yet.
 */
@Serdeable
public record CategoryOverrideForm(@Nullable Boolean hidden, @Nullable String nameJa, @Nullable String nameEn, @Nullable Integer version) {
}
