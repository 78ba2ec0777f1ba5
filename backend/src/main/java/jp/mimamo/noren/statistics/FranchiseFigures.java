package jp.mimamo.noren.statistics;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jp.mimamo.noren.tenancy.Region;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the raw figures of every region through the stats role and computes each {@link Metric}. */
@Singleton
class FranchiseFigures {
    private static final String FIGURES = """
            select region_id, fiscal_year, figure, value from region_year_figures where fiscal_year between ? and ?""";
    private static final String REGISTRANTS_BEFORE = """
            select region_id, coalesce(sum(value) filter (where figure = 'registrants_joined'), 0)
                              - coalesce(sum(value) filter (where figure = 'registrants_left'), 0)
            from region_year_figures where figure in ('registrants_joined', 'registrants_left') and fiscal_year < ?
            group by region_id""";
    private final DataSource stats;

    FranchiseFigures(@Named("stats") DataSource stats) {
        this.stats = stats;
    }

    FigureTable read(int from, int to) {
        try (Connection c = stats.getConnection()) {
            List<Region> regions = FranchiseStatistics.regions(c);
            Map<String, Map<Integer, Map<String, Long>>> raw = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(FIGURES)) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        raw.computeIfAbsent(rs.getString(1), r -> new HashMap<>()).computeIfAbsent(rs.getInt(2), y -> new HashMap<>())
                                .merge(rs.getString(3), rs.getLong(4), Long::sum);
                    }
                }
            }
            Map<String, Long> activeBefore = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(REGISTRANTS_BEFORE)) {
                ps.setInt(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        activeBefore.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            Map<String, Long> population = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select region_id, aged_65_plus from region_population_figures where aged_65_plus is not null");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    population.put(rs.getString(1), rs.getLong(2));
                }
            }
            Set<Integer> published = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("select fiscal_year from statistics_publications");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    published.add(rs.getInt(1));
                }
            }
            List<Integer> years = new ArrayList<>();
            for (int year = from; year <= to; year++) {
                years.add(year);
            }
            Map<String, Map<Integer, Map<Metric, Metric.Value>>> values = new LinkedHashMap<>();
            for (Region region : regions) {
                Map<Integer, Map<String, Long>> byYear = raw.getOrDefault(region.code(), Map.of());
                long active = activeBefore.getOrDefault(region.code(), 0L);
                Map<Integer, Map<Metric, Metric.Value>> computed = new LinkedHashMap<>();
                for (int year : years) {
                    Map<String, Long> figures = byYear.getOrDefault(year, Map.of());
                    active += figures.getOrDefault("registrants_joined", 0L) - figures.getOrDefault("registrants_left", 0L);
                    RawFigures input = new RawFigures(figures, active, population.get(region.code()));
                    Map<Metric, Metric.Value> metrics = new EnumMap<>(Metric.class);
                    for (Metric metric : Metric.values()) {
                        metrics.put(metric, metric.of(input));
                    }
                    computed.put(year, metrics);
                }
                values.put(region.code(), computed);
            }
            return new FigureTable(regions, years, values, published);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the franchise figures", e);
        }
    }
}
