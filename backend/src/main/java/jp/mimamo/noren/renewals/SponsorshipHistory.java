package jp.mimamo.noren.renewals;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ChangeLog;
import jp.mimamo.noren.shared.HistoryEntry;
import jp.mimamo.noren.shared.HistoryEntry.FieldChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The append-only record of every change to a sponsor's year, with the reason when one was required. */
@Singleton
class SponsorshipHistory {
    private final ChangeLog log;

    SponsorshipHistory(ChangeLog log) {
        this.log = log;
    }

    static List<FieldChange> diff(SponsorshipRow before, SponsorshipRow after) {
        List<FieldChange> changes = new ArrayList<>();
        ChangeLog.compare(changes, "status", before == null ? null : before.status().code, after.status().code);
        ChangeLog.compare(changes, "units", before == null ? null : before.units(), after.units());
        ChangeLog.compare(changes, "fee", before == null ? null : before.fee(), after.fee());
        ChangeLog.compare(changes, "benefits", before == null ? null : String.join("、", before.benefits()), String.join("、", after.benefits()));
        ChangeLog.compare(changes, "notes", before == null ? null : before.notes(), after.notes());
        ChangeLog.compare(changes, "invoicedOn", before == null ? null : before.invoicedOn(), after.invoicedOn());
        ChangeLog.compare(changes, "paidOn", before == null ? null : before.paidOn(), after.paidOn());
        ChangeLog.compare(changes, "paymentMethod", before == null ? null : before.paymentMethod(), after.paymentMethod());
        ChangeLog.compare(changes, "paidAmount", before == null ? null : before.paidAmount(), after.paidAmount());
        return changes;
    }

    void record(Connection c, String region, SponsorshipRow row, String actor, String action, String reason,
                List<FieldChange> changes) throws SQLException {
        String sql = "insert into sponsorship_history (region_id, sponsor_id, fiscal_year, actor, action, reason, changes)"
                + " values (?, ?, ?, ?, ?, ?, ?::jsonb)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, row.sponsorId());
            ps.setInt(3, row.fiscalYear());
            ps.setString(4, actor);
            ps.setString(5, action);
            ps.setString(6, reason);
            ps.setString(7, log.write(changes));
            ps.executeUpdate();
        }
    }

    List<HistoryEntry> list(Connection c, String region, long sponsorId, int year) throws SQLException {
        String sql = "select at, actor, action, reason, changes::text from sponsorship_history"
                + " where region_id = ? and sponsor_id = ? and fiscal_year = ? order by id desc";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            ps.setInt(3, year);
            List<HistoryEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), log.read(rs.getString(5))));
                }
            }
            return entries;
        }
    }
}
