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

/** Aggregates across regions, read through the stats role from rollups kept by the database. */
@Singleton
class FranchiseStatistics {
    private final DataSource stats;

    FranchiseStatistics(@Named("stats") DataSource stats) {
        this.stats = stats;
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
            List<SponsorCountsReport.Cell> cells = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select region_id, category_code, active_count from sponsor_category_counts where active_count > 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.add(new SponsorCountsReport.Cell(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return new SponsorCountsReport(regions(c), categories, cells);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read sponsor counts", e);
        }
    }

    private static List<Region> regions(Connection c) throws SQLException {
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
