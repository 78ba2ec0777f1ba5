package jp.mimamo.noren.templates;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A category as a region sees it: active ones only, under the region's own label when it set one. A hidden category
 * is not offered for new choices; sponsors already filed under it keep it, and it is still listed so they show its name.
 */
@Serdeable
public record RegionCategoryView(String code, String nameJa, String nameEn, int sortOrder, boolean hidden) {
}
