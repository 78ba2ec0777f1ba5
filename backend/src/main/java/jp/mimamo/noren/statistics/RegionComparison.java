package jp.mimamo.noren.statistics;

import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.tenancy.Region;

import java.util.List;

/**
 * A region's own figures of one fiscal year beside the franchise median. Other regions appear by name only when head
 * office has published the year ({@code regions} and {@code cells} are empty otherwise).
 */
@Serdeable
public record RegionComparison(int fiscalYear, String fiscalYearLabel, boolean published, int suppressBelow, List<Line> lines,
                               List<Region> regions, List<FiguresReport.Cell> cells) {
    @Serdeable
    public record Line(FiguresReport.MetricInfo metric, Double own, Double median, boolean medianSuppressed) {
    }
}
