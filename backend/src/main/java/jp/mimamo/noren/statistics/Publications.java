package jp.mimamo.noren.statistics;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FormErrors;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/** Head office publishes a fiscal year's comparison to the regions, or takes it back. */
@Singleton
class Publications {
    private final DataSource dataSource;

    Publications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void set(int year, boolean published, String username, Locale locale) {
        if (year < FiscalYear.EARLIEST || year > FiscalYear.LATEST) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("year", "validation.range", FiscalYear.EARLIEST, FiscalYear.LATEST);
            errors.throwIfAny();
        }
        String sql = published
                ? "insert into statistics_publications (fiscal_year, published_by) values (?, ?) on conflict (fiscal_year) do nothing"
                : "delete from statistics_publications where fiscal_year = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year);
            if (published) {
                ps.setString(2, username);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the publication of " + year, e);
        }
    }
}
