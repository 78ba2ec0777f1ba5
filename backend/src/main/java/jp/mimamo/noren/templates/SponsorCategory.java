package jp.mimamo.noren.templates;

import io.micronaut.serde.annotation.Serdeable;

/** A sponsor category (病院, 施設 …) kept by head office. */
@Serdeable
public record SponsorCategory(String code, String nameJa, String nameEn, int sortOrder, boolean archived, int version) {
}
