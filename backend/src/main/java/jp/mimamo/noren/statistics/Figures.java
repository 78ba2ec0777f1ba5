package jp.mimamo.noren.statistics;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.tenancy.Region;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Head office's comparison of regions: the figures asked for, suppressed, with the franchise median. */
@Singleton
class Figures {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final int MAX_YEARS = 20;
    private final FranchiseFigures figures;
    private final StatisticsSettings settings;

    Figures(FranchiseFigures figures, StatisticsSettings settings) {
        this.figures = figures;
        this.settings = settings;
    }

    static int currentYear() {
        return FiscalYear.of(LocalDate.now(TOKYO)).startYear();
    }

    int threshold() {
        return settings.suppressBelow();
    }

    FiguresReport report(Integer from, Integer to, String metricCodes, Locale locale) {
        int last = to == null ? currentYear() : to;
        int first = from == null ? last - 4 : from;
        List<Metric> metrics = metrics(metricCodes, first, last, locale);
        FigureTable table = figures.read(first, last);
        List<FiguresReport.Cell> cells = new ArrayList<>();
        List<FiguresReport.Cell> medians = new ArrayList<>();
        for (int year : table.years()) {
            for (Metric metric : metrics) {
                for (Region region : table.regions()) {
                    cells.add(cell(region.code(), year, metric, table.value(region.code(), year, metric)));
                }
                medians.add(median(table, year, metric));
            }
        }
        return new FiguresReport(threshold(), years(table, locale), metrics.stream().map(m -> info(m, locale)).toList(),
                table.regions(), cells, medians);
    }

    FiguresReport.Cell cell(String region, int year, Metric metric, Metric.Value value) {
        if (value == null || value.value() == null) {
            return new FiguresReport.Cell(region, year, metric.code, null, false);
        }
        boolean suppressed = value.suppressed(threshold());
        return new FiguresReport.Cell(region, year, metric.code, suppressed ? null : value.value(), suppressed);
    }

    /** A median of counts is itself a count that some region has, so it is suppressed the same way. */
    FiguresReport.Cell median(FigureTable table, int year, Metric metric) {
        Double median = table.median(year, metric);
        boolean suppressed = median != null && metric.kind == Metric.Kind.COUNT && median > 0 && median < threshold();
        return new FiguresReport.Cell(null, year, metric.code, suppressed ? null : median, suppressed);
    }

    static List<FiguresReport.Year> years(FigureTable table, Locale locale) {
        return table.years().stream().map(y -> new FiguresReport.Year(y, new FiscalYear(y).label(locale), table.published().contains(y)))
                .toList();
    }

    static FiguresReport.MetricInfo info(Metric metric, Locale locale) {
        return new FiguresReport.MetricInfo(metric.code, metric.kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                Messages.get(locale, "statistics.metric." + metric.code));
    }

    static List<Metric> metrics(String codes, int from, int to, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        if (from < FiscalYear.EARLIEST || to > FiscalYear.LATEST) {
            errors.reject("from", "validation.range", FiscalYear.EARLIEST, FiscalYear.LATEST);
        } else if (from > to) {
            errors.reject("to", "statistics.yearOrder");
        } else if (to - from + 1 > MAX_YEARS) {
            errors.reject("to", "statistics.tooManyYears", MAX_YEARS);
        }
        List<Metric> metrics = new ArrayList<>();
        if (codes == null || codes.isBlank()) {
            metrics.addAll(List.of(Metric.values()));
        } else {
            for (String code : codes.split(",")) {
                Metric metric = Metric.byCode(code.strip());
                if (metric == null) {
                    errors.reject("metrics", "statistics.unknownMetric", code.strip());
                } else if (!metrics.contains(metric)) {
                    metrics.add(metric);
                }
            }
        }
        errors.throwIfAny();
        return metrics;
    }
}
