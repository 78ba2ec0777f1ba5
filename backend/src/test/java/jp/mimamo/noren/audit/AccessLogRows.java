package jp.mimamo.noren.audit;

import jp.mimamo.noren.support.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The access log as the database owner sees it, bypassing the application: what tests check was written. */
public final class AccessLogRows {
    private AccessLogRows() {
    }

    /** One logged access, the columns a test looks at. */
    public record Row(long id, String username, String roles, Long centreId, Long registrantId, String action,
                      String sections, String access, String purpose, String outcome, String details, String clientIp,
                      String userAgent) {
    }

    public static long count(String region) {
        return since(region, 0).size();
    }

    public static long lastId(String region) {
        List<Row> rows = since(region, 0);
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).id();
    }

    /** The rows of a region written after the entry {@code afterId}, oldest first. */
    public static List<Row> since(String region, long afterId) {
        String sql = "select id, username, array_to_string(roles, ' '), centre_id, registrant_id, action,"
                + " array_to_string(sections, ' '), access, purpose, outcome, details::text, client_ip, user_agent"
                + " from access_log where region_id = ? and id > ? order by id";
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, afterId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
                            (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
