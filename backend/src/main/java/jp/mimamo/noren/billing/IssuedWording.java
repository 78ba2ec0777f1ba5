package jp.mimamo.noren.billing;

import jp.mimamo.noren.documents.DocumentText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The library text a receipt or invoice recorded when it was issued: a reprint prints the same words. */
final class IssuedWording {
    private IssuedWording() {
    }

    /** {@code table} is {@code receipts} or {@code invoices}; a document without a record was issued with version 1. */
    static DocumentText of(Connection c, String table, String key, String region, long sponsorId, int year) throws SQLException {
        String sql = "select template_key, template_version, template_region_revision from " + table
                + " where region_id = ? and sponsor_id = ? and fiscal_year = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return DocumentText.asIssued(c, region, key, 1, null);
                }
                return DocumentText.asIssued(c, region, rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3));
            }
        }
    }
}
