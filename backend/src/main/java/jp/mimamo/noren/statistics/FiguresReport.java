package jp.mimamo.noren.statistics;

import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.tenancy.Region;

import java.util.List;

/**
 * Regions side by side over fiscal years: figures only, each small count already replaced on the server
 * ({@code value} null and {@code suppressed} true: shown as "<suppressBelow"). A median cell has no region.
 */
@Serdeable
public record FiguresReport(int suppressBelow, List<Year> years, List<MetricInfo> metrics, List<Region> regions, List<Cell> cells,
                            List<Cell> medians) {
    @Serdeable
    public record Year(int year, String label, boolean published) {
    }

    @Serdeable
    public record MetricInfo(String code, String kind, String title) {
    }

    @Serdeable
    public record Cell(String regionCode, int fiscalYear, String metric, Double value, boolean suppressed) {
    }
}
