package jp.mimamo.noren.billing;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.DocumentText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for issued receipts; only the count of prints changes after issue. */
@Singleton
class ReceiptRepository {
    private static final String COLUMNS = "sponsor_id, fiscal_year, number, issued_on, issuer_name, registration_number,"
            + " addressee, amount, paid_on, payment_method, units, seal_id, issued_by, issued_at, prints";

    Optional<IssuedReceipt> find(Connection c, String region, long sponsorId, int year) throws SQLException {
        return select(c, "where region_id = ? and sponsor_id = ? and fiscal_year = ?", region, sponsorId, year).stream().findFirst();
    }

    List<IssuedReceipt> forSponsor(Connection c, String region, long sponsorId) throws SQLException {
        return select(c, "where region_id = ? and sponsor_id = ? order by fiscal_year desc", region, sponsorId, null);
    }

    void insert(Connection c, String region, IssuedReceipt receipt, DocumentText wording) throws SQLException {
        String sql = "insert into receipts (region_id, sponsor_id, fiscal_year, number, issued_on, issuer_name, registration_number,"
                + " addressee, amount, paid_on, payment_method, units, seal_id, issued_by, template_key, template_version,"
                + " template_region_revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, receipt.sponsorId());
            ps.setInt(3, receipt.fiscalYear());
            ps.setString(4, receipt.number());
            ps.setObject(5, receipt.issuedOn());
            ps.setString(6, receipt.issuerName());
            ps.setString(7, receipt.registrationNumber());
            ps.setString(8, receipt.addressee());
            ps.setInt(9, receipt.amount());
            ps.setObject(10, receipt.paidOn());
            ps.setString(11, receipt.paymentMethod());
            ps.setInt(12, receipt.units());
            ps.setObject(13, receipt.sealId(), Types.BIGINT);
            ps.setString(14, receipt.issuedBy());
            ps.setString(15, wording.key());
            ps.setInt(16, wording.version());
            ps.setObject(17, wording.regionRevision(), Types.INTEGER);
            ps.executeUpdate();
        }
    }

    /** Counts one more print and returns how many there were before it: 0 for the original. */
    int countPrint(Connection c, String region, long sponsorId, int year) throws SQLException {
        String sql = "update receipts set prints = prints + 1, last_printed_at = now()"
                + " where region_id = ? and sponsor_id = ? and fiscal_year = ? returning prints - 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<IssuedReceipt> select(Connection c, String where, String region, long sponsorId, Integer year)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from receipts " + where)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            if (year != null) {
                ps.setInt(3, year);
            }
            List<IssuedReceipt> receipts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seal = rs.getLong(12);
                    Long sealId = rs.wasNull() ? null : seal;
                    receipts.add(new IssuedReceipt(rs.getLong(1), rs.getInt(2), rs.getString(3), BilledYears.date(rs, 4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), BilledYears.date(rs, 9),
                            rs.getString(10), rs.getInt(11), sealId, rs.getString(13), rs.getTimestamp(14).toInstant(),
                            rs.getInt(15)));
                }
            }
            return receipts;
        }
    }
}
