package jp.mimamo.noren.templates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One shared category with the region's override: head office's names, the region's own labels (null when it uses
 * head office's), whether it is hidden, and whether head office changed the category after the region set its override.
 * {@code version} is null while the region has no override.
 */
@Serdeable
public record CategoryOverrideView(String code, String hqNameJa, String hqNameEn, int sortOrder, boolean hidden,
                                   @Nullable String nameJa, @Nullable String nameEn, @Nullable Integer version,
                                   boolean upstreamChanged) {
}
