package jp.mimamo.noren.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What the region's renewal settings say for its invoices: the 適格請求書 registration number and how to pay. */
record IssuerSettings(String registrationNumber, String paymentNote) {

    static IssuerSettings read(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select invoice_registration_number, payment_note from renewal_settings where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new IssuerSettings(rs.getString(1), rs.getString(2)) : new IssuerSettings(null, null);
            }
        }
    }
}
