package jp.mimamo.noren.keychains;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/** SQL for issued numbers. Rows are inserted and revoked, never deleted and never given a second time. */
final class KeychainRepository {
    private static final String COLUMNS = "number, registrant_id, issued_at, issued_by, revoked_at, revoked_by, revoke_reason, replaced_by";

    private KeychainRepository() {
    }

    /** @return false when the number exists already (it was drawn before, in this region) */
    static boolean insert(Connection c, String region, RegistrationNumber number, long registrant, String actor) throws SQLException {
        String sql = "insert into keychains (region_id, number, prefix, registrant_id, issued_by) values (?, ?, ?, ?, ?)"
                + " on conflict (region_id, number) do nothing";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, number.canonical());
            ps.setString(3, number.prefix());
            ps.setLong(4, registrant);
            ps.setString(5, actor);
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<KeychainRecord> inForce(Connection c, String region, long registrant) throws SQLException {
        return one(c, "select " + COLUMNS + " from keychains where region_id = ? and registrant_id = ? and revoked_at is null",
                region, registrant);
    }

    static Optional<KeychainRecord> find(Connection c, String region, String number) throws SQLException {
        return one(c, "select " + COLUMNS + " from keychains where region_id = ? and number = ?", region, number);
    }

    static void revoke(Connection c, String region, String number, String actor, String reason) throws SQLException {
        String sql = "update keychains set revoked_at = now(), revoked_by = ?, revoke_reason = ?"
                + " where region_id = ? and number = ? and revoked_at is null";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, actor);
            ps.setString(2, reason);
            ps.setString(3, region);
            ps.setString(4, number);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("The keychain to revoke was not in force");
            }
        }
    }

    static void replacedBy(Connection c, String region, String number, String replacement) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update keychains set replaced_by = ? where region_id = ? and number = ?")) {
            ps.setString(1, replacement);
            ps.setString(2, region);
            ps.setString(3, number);
            ps.executeUpdate();
        }
    }

    private static Optional<KeychainRecord> one(Connection c, String sql, String region, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setObject(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp revoked = rs.getTimestamp(5);
                String number = rs.getString(1);
                return Optional.of(new KeychainRecord(number, RegistrationNumber.parse(number).display(), rs.getLong(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), revoked == null ? null : revoked.toInstant(),
                        rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
    }
}
