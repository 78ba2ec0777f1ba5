package jp.mimamo.noren.templates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Head office's input for a category; {@code code} on creation only, {@code version} on edits only. */
@Serdeable
public record SponsorCategoryForm(@Nullable String code, @Nullable String nameJa, @Nullable String nameEn,
                                  @Nullable Integer sortOrder, @Nullable Boolean archived, @Nullable Integer version) {
}
