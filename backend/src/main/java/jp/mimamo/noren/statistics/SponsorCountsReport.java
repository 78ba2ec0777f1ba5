package jp.mimamo.noren.statistics;

import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.tenancy.Region;

import java.util.List;

/** Active sponsors per region and category: counts only. */
@Serdeable
public record SponsorCountsReport(List<Region> regions, List<Category> categories, List<Cell> counts) {
    @Serdeable
    public record Category(String code, String nameJa, String nameEn) {
    }

    @Serdeable
    public record Cell(String regionCode, String categoryCode, long count) {
    }
}
