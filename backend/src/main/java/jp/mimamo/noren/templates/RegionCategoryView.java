package jp.mimamo.noren.templates;

import io.micronaut.serde.annotation.Serdeable;

/** A category as a region sees it: active ones only, no editing state. */
@Serdeable
public record RegionCategoryView(String code, String nameJa, String nameEn, int sortOrder) {
}
