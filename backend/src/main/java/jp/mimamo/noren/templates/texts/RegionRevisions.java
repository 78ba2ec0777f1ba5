package jp.mimamo.noren.templates.texts;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A region's revisions of its own texts: read, and added one at a time; the table grants no update or delete. */
@Singleton
class RegionRevisions {

    /** One revision; {@code subject} and {@code body} are null for a revert. */
    record Revision(int revision, String action, int baseVersion, String subject, String body, String actor, Instant at) {
        boolean inForce() {
            return !action.equals("reverted");
        }

        RegionOverride asOverride() {
            return new RegionOverride(revision, baseVersion, subject, body, actor, at);
        }
    }

    Optional<Revision> latest(Connection c, String region, String key) throws SQLException {
        String sql = "select revision, action, base_version, subject, body, actor, at from region_template_revisions"
                + " where region_id = ? and template_key = ? order by revision desc limit 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(revision(rs)) : Optional.empty();
            }
        }
    }

    /** The latest revision of each of the region's texts, by key. */
    Map<String, Revision> latestOfEach(Connection c, String region) throws SQLException {
        String sql = "select distinct on (template_key) revision, action, base_version, subject, body, actor, at, template_key"
                + " from region_template_revisions where region_id = ? order by template_key, revision desc";
        Map<String, Revision> latest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    latest.put(rs.getString(8), revision(rs));
                }
            }
        }
        return latest;
    }

    /**
     * Adds revision {@code readRevision + 1} if {@code readRevision} is still the region's latest (0: none yet). False
     * when another change came first; a race for the same number meets the primary key instead.
     */
    boolean add(Connection c, String region, String key, int readRevision, String action, int baseVersion, TemplateText text,
                String actor) throws SQLException {
        String sql = """
                insert into region_template_revisions (region_id, template_key, revision, action, base_version, subject, body, actor)
                select ?, ?, ? + 1, ?, ?, ?, ?, ?
                where coalesce((select max(revision) from region_template_revisions where region_id = ? and template_key = ?), 0) = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, key);
            ps.setInt(3, readRevision);
            ps.setString(4, action);
            ps.setInt(5, baseVersion);
            ps.setString(6, text == null ? null : text.subject());
            ps.setString(7, text == null ? null : text.body());
            ps.setString(8, actor);
            ps.setString(9, region);
            ps.setString(10, key);
            ps.setInt(11, readRevision);
            return ps.executeUpdate() == 1;
        }
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }
}
