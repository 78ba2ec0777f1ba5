package jp.mimamo.noren.billing;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Numbers invoices (I2026-0001) and receipts (R2026-0001) per region and fiscal year without gaps. The counter row
 * is written in the caller's transaction: a concurrent issuer waits on it until that transaction ends, then counts
 * on from what was committed, and a rolled-back issue leaves no hole.
 */
@Singleton
class DocumentNumbers {

    enum Kind {
        INVOICE("invoice", "I"), RECEIPT("receipt", "R");

        final String code;
        final String prefix;

        Kind(String code, String prefix) {
            this.code = code;
            this.prefix = prefix;
        }
    }

    String next(Connection c, String region, Kind kind, int fiscalYear) throws SQLException {
        String sql = "insert into billing_counters as b (region_id, kind, fiscal_year, last_number) values (?, ?, ?, 1)"
                + " on conflict (region_id, kind, fiscal_year) do update set last_number = b.last_number + 1"
                + " returning last_number";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, kind.code);
            ps.setInt(3, fiscalYear);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return format(kind, fiscalYear, rs.getInt(1));
            }
        }
    }

    static String format(Kind kind, int fiscalYear, int number) {
        return kind.prefix + fiscalYear + "-" + String.format("%04d", number);
    }
}
