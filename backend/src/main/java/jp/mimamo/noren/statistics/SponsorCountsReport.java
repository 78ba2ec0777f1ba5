package jp.mimamo.noren.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.tenancy.Region;

import java.util.List;

/**
 * Active sponsors per region and category: counts only, and a count from 1 to {@code suppressBelow − 1} comes as
 * null with {@code suppressed} true. Totals are computed on the server from the full counts and suppressed alike.
 */
@Serdeable
public record SponsorCountsReport(int suppressBelow, List<Region> regions, List<Category> categories, List<Cell> counts,
                                  List<Total> regionTotals, List<Total> categoryTotals, Total grandTotal) {
    @Serdeable
    public record Category(String code, String nameJa, String nameEn) {
    }

    @Serdeable
    public record Cell(String regionCode, String categoryCode, @Nullable Long count, boolean suppressed) {
    }

    /** A row's or a column's total; {@code code} is the region's or the category's (null for the grand total). */
    @Serdeable
    public record Total(@Nullable String code, @Nullable Long count, boolean suppressed) {
    }
}
