package jp.mimamo.noren.rosterfiles;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The region's roster as a preview compares a file against it: each sponsor by its search key (name and reading,
 * as {@code sponsors.search_key} holds them) and each of its years. Read once per preview, a row at a time.
 */
final class ExistingRoster {
    record Sponsor(long id, int version, String searchKey, SponsorValues values) {
    }

    record Year(int version, YearValues values) {
    }

    private record YearKey(long sponsorId, int fiscalYear) {
    }

    private final Map<String, List<Sponsor>> sponsorsByKey = new HashMap<>();
    private final Map<YearKey, Year> years = new HashMap<>();

    private ExistingRoster() {
    }

    static ExistingRoster read(Connection c, String region) throws SQLException {
        ExistingRoster roster = new ExistingRoster();
        String sponsors = "select id, version, search_key, name, name_kana, category_code, postal_code, address, phone, email,"
                + " joined_on, notes from sponsors where region_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sponsors)) {
            ps.setString(1, region);
            ps.setFetchSize(2_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SponsorValues values = new SponsorValues(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getString(10), date(rs, 11), rs.getString(12));
                    roster.sponsorsByKey.computeIfAbsent(rs.getString(3), k -> new ArrayList<>(1))
                            .add(new Sponsor(rs.getLong(1), rs.getInt(2), rs.getString(3), values));
                }
            }
        }
        String years = "select sponsor_id, fiscal_year, version, status, units, unit_fee, fee, invoiced_on, paid_on, payment_method,"
                + " paid_amount, notes from sponsorships where region_id = ?";
        try (PreparedStatement ps = c.prepareStatement(years)) {
            ps.setString(1, region);
            ps.setFetchSize(2_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int paid = rs.getInt(11);
                    Integer paidAmount = rs.wasNull() ? null : paid;
                    YearValues values = new YearValues(rs.getInt(2), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                            date(rs, 8), date(rs, 9), rs.getString(10), paidAmount, rs.getString(12));
                    roster.years.put(new YearKey(rs.getLong(1), rs.getInt(2)), new Year(rs.getInt(3), values));
                }
            }
        }
        return roster;
    }

    /** The sponsors stored under a search key: none, one, or (when the roster has twins) several. */
    List<Sponsor> sponsors(String searchKey) {
        return sponsorsByKey.getOrDefault(searchKey, List.of());
    }

    Year year(long sponsorId, int fiscalYear) {
        return years.get(new YearKey(sponsorId, fiscalYear));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
