package jp.mimamo.noren.billing;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ChangeLog;
import jp.mimamo.noren.shared.HistoryEntry.FieldChange;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The sponsorship years that invoices and receipts are issued for, read from the renewals tables. Issuing locks the
 * year's row first, so two people issuing for the same sponsor and year take turns, and the second one finds the
 * document the first one made.
 */
@Singleton
class BilledYears {
    private final ChangeLog log;

    BilledYears(ChangeLog log) {
        this.log = log;
    }

    /** The year with its row locked until the transaction ends; empty when the region has no such year. */
    Optional<BilledYear> lock(Connection c, String region, long sponsorId, int year) throws SQLException {
        return read(c, region, sponsorId, year, " for update of y");
    }

    Optional<BilledYear> find(Connection c, String region, long sponsorId, int year) throws SQLException {
        return read(c, region, sponsorId, year, "");
    }

    private Optional<BilledYear> read(Connection c, String region, long sponsorId, int year, String lock) throws SQLException {
        String sql = """
                select y.sponsor_id, y.fiscal_year, y.status, y.units, y.unit_fee, y.fee, y.invoiced_on, y.paid_on,
                       y.payment_method, y.paid_amount, s.name, first.name, s.postal_code, s.address
                from sponsorships y
                join sponsors s on s.region_id = y.region_id and s.id = y.sponsor_id
                left join lateral (select name from sponsor_contacts k
                                   where k.region_id = s.region_id and k.sponsor_id = s.id order by position limit 1) first on true
                where y.region_id = ? and y.sponsor_id = ? and y.fiscal_year = ?""" + lock;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int paid = rs.getInt(10);
                Integer paidAmount = rs.wasNull() ? null : paid;
                return Optional.of(new BilledYear(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), date(rs, 7), date(rs, 8), rs.getString(9), paidAmount, rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14)));
            }
        }
    }

    boolean sponsorExists(Connection c, String region, long sponsorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from sponsors where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Sets the year's 請求日 when it has none and moves its version on, as any change to the year does, so a form
     * opened before the invoice was issued cannot write the old value back. Returns false when it had a date already.
     */
    boolean markInvoiced(Connection c, String region, long sponsorId, int year, LocalDate on) throws SQLException {
        String sql = "update sponsorships set invoiced_on = ?, version = version + 1, updated_at = now()"
                + " where region_id = ? and sponsor_id = ? and fiscal_year = ? and invoiced_on is null";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(on));
            ps.setString(2, region);
            ps.setLong(3, sponsorId);
            ps.setInt(4, year);
            return ps.executeUpdate() == 1;
        }
    }

    /** Adds an entry to the year's history, which the renewals screens show. */
    void record(Connection c, String region, long sponsorId, int year, String actor, String action, List<FieldChange> changes)
            throws SQLException {
        String sql = "insert into sponsorship_history (region_id, sponsor_id, fiscal_year, actor, action, changes)"
                + " values (?, ?, ?, ?, ?, ?::jsonb)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            ps.setInt(3, year);
            ps.setString(4, actor);
            ps.setString(5, action);
            ps.setString(6, log.write(changes));
            ps.executeUpdate();
        }
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
