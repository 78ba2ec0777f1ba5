package jp.mimamo.noren.statistics;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a region sees of head office's figures: its own beside the median, and the named table once published. */
@Singleton
class RegionComparisons {
    private final FranchiseFigures figures;
    private final Figures report;

    RegionComparisons(FranchiseFigures figures, Figures report) {
        this.figures = figures;
        this.report = report;
    }

    RegionComparison of(CurrentRegion region, Integer year, Locale locale) {
        int fiscalYear = year == null ? Figures.currentYear() : year;
        List<Metric> metrics = Figures.metrics(null, fiscalYear, fiscalYear, locale);
        FigureTable table = figures.read(fiscalYear, fiscalYear);
        List<RegionComparison.Line> lines = new ArrayList<>();
        for (Metric metric : metrics) {
            Metric.Value own = table.value(region.code(), fiscalYear, metric);
            FiguresReport.Cell median = report.median(table, fiscalYear, metric);
            lines.add(new RegionComparison.Line(Figures.info(metric, locale), own == null ? null : own.value(), median.value(),
                    median.suppressed()));
        }
        boolean published = table.published().contains(fiscalYear);
        List<Region> regions = published ? table.regions() : List.of();
        List<FiguresReport.Cell> cells = new ArrayList<>();
        if (published) {
            for (Metric metric : metrics) {
                for (Region other : regions) {
                    cells.add(report.cell(other.code(), fiscalYear, metric, table.value(other.code(), fiscalYear, metric)));
                }
            }
        }
        return new RegionComparison(fiscalYear, new FiscalYear(fiscalYear).label(locale), published, report.threshold(), lines,
                regions, cells);
    }
}
