package jp.mimamo.noren.statistics;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableColumn;
import jp.mimamo.noren.tables.TableFormat;
import jp.mimamo.noren.tables.TableWriter;
import jp.mimamo.noren.tenancy.Region;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The comparison as a file: a row per region and fiscal year, then the median, with small counts as "<5". */
@Singleton
class FiguresExport {
    private final Figures figures;

    FiguresExport(Figures figures) {
        this.figures = figures;
    }

    byte[] export(FiguresReport report, TableFormat format, CsvEncoding encoding, Locale locale) {
        List<TableColumn> columns = new ArrayList<>();
        columns.add(TableColumn.text(Messages.get(locale, "statistics.export.region")));
        columns.add(TableColumn.text(Messages.get(locale, "statistics.export.fiscalYear")));
        report.metrics().forEach(m -> columns.add(TableColumn.text(m.title())));
        Map<String, FiguresReport.Cell> cells = new HashMap<>();
        report.cells().forEach(c -> cells.put(key(c.regionCode(), c.fiscalYear(), c.metric()), c));
        report.medians().forEach(c -> cells.put(key(null, c.fiscalYear(), c.metric()), c));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = format == TableFormat.XLSX
                ? TableWriter.xlsx(out, Messages.get(locale, "statistics.export.sheet"), columns)
                : TableWriter.csv(out, encoding, columns)) {
            for (FiguresReport.Year year : report.years()) {
                for (Region region : report.regions()) {
                    writer.row(row("ja".equals(locale.getLanguage()) ? region.name() : region.nameEn(), region.code(), year, report, cells));
                }
                writer.row(row(Messages.get(locale, "statistics.export.median"), null, year, report, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<String> row(String label, String region, FiguresReport.Year year, FiguresReport report,
                             Map<String, FiguresReport.Cell> cells) {
        List<String> row = new ArrayList<>();
        row.add(label);
        row.add(year.label());
        for (FiguresReport.MetricInfo metric : report.metrics()) {
            row.add(text(cells.get(key(region, year.year(), metric.code())), metric.kind()));
        }
        return row;
    }

    private String text(FiguresReport.Cell cell, String kind) {
        if (cell == null) {
            return "";
        }
        if (cell.suppressed()) {
            return "<" + figures.threshold();
        }
        if (cell.value() == null) {
            return "";
        }
        return switch (kind) {
            case "rate" -> BigDecimal.valueOf(cell.value() * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            case "per-thousand" -> BigDecimal.valueOf(cell.value()).setScale(1, RoundingMode.HALF_UP).toPlainString();
            default -> String.valueOf(Math.round(cell.value()));
        };
    }

    private static String key(String region, int year, String metric) {
        return region + "\u0000" + year + "\u0000" + metric;
    }
}
