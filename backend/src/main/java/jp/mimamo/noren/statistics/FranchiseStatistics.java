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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Aggregates across regions, read through the stats role from rollups kept by the database. */
@Singleton
class FranchiseStatistics {
    private final DataSource stats;

    private final StatisticsSettings settings;

    FranchiseStatistics(@Named("stats") DataSource stats, StatisticsSettings settings) {
        this.stats = stats;
        this.settings = settings;
    }

    List<Region> regions() {
        try (Connection c = stats.getConnection()) {
            return regions(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read regions", e);
        }
    }

    SponsorCountsReport sponsorCounts() {
        try (Connection c = stats.getConnection()) {
            List<SponsorCountsReport.Category> categories = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select code, name_ja, name_en from sponsor_categories where not archived order by sort_order, code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    categories.add(new SponsorCountsReport.Category(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            int threshold = settings.suppressBelow();
            List<SponsorCountsReport.Cell> cells = new ArrayList<>();
            Map<String, Long> byRegion = new TreeMap<>();
            Map<String, Long> byCategory = new TreeMap<>();
            long grand = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "select region_id, category_code, active_count from sponsor_category_counts where active_count > 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long count = rs.getLong(3);
                    boolean small = count < threshold;
                    cells.add(new SponsorCountsReport.Cell(rs.getString(1), rs.getString(2), small ? null : count, small));
                    byRegion.merge(rs.getString(1), count, Long::sum);
                    byCategory.merge(rs.getString(2), count, Long::sum);
                    grand += count;
                }
            }
            return new SponsorCountsReport(threshold, regions(c), categories, cells, totals(byRegion, threshold),
                    totals(byCategory, threshold), total(null, grand, threshold));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read sponsor counts", e);
        }
    }

    private static List<SponsorCountsReport.Total> totals(Map<String, Long> counts, int threshold) {
        return counts.entrySet().stream().map(e -> total(e.getKey(), e.getValue(), threshold)).toList();
    }

    private static SponsorCountsReport.Total total(String code, long count, int threshold) {
        boolean small = count > 0 && count < threshold;
        return new SponsorCountsReport.Total(code, small ? null : count, small);
    }

    static List<Region> regions(Connection c) throws SQLException {
        List<Region> regions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select code, name, name_en from regions where status = 'active' order by code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                regions.add(new Region(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return regions;
    }
}
