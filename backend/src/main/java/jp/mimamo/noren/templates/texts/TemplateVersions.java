package jp.mimamo.noren.templates.texts;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Head office's published versions: read, and added one at a time; the table grants no update or delete. */
@Singleton
class TemplateVersions {
    private static final String COLUMNS = "template_key, version, subject, body, note, published_by, published_at";

    Optional<TemplateVersion> latest(Connection c, String key) throws SQLException {
        return one(c, "select " + COLUMNS + " from document_template_versions where template_key = ? order by version desc limit 1", key, null);
    }

    Optional<TemplateVersion> find(Connection c, String key, int version) throws SQLException {
        return one(c, "select " + COLUMNS + " from document_template_versions where template_key = ? and version = ?", key, version);
    }

    List<VersionSummary> history(Connection c, String key) throws SQLException {
        String sql = "select version, note, published_by, published_at from document_template_versions where template_key = ? order by version desc";
        List<VersionSummary> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(new VersionSummary(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                }
            }
        }
        return versions;
    }

    /** The latest version of every template that has one, by key. */
    Map<String, VersionSummary> latestOfEach(Connection c) throws SQLException {
        String sql = "select distinct on (template_key) template_key, version, note, published_by, published_at"
                + " from document_template_versions order by template_key, version desc";
        Map<String, VersionSummary> latest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                latest.put(rs.getString(1), new VersionSummary(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
            }
        }
        return latest;
    }

    /**
     * Adds version {@code baseVersion + 1} if {@code baseVersion} is still the latest (0: none yet). False when another
     * version came first; two publishes racing for the same number meet the primary key, and the caller treats that as
     * the same refusal.
     */
    boolean add(Connection c, String key, int baseVersion, TemplateText text, String note, String publishedBy) throws SQLException {
        String sql = """
                insert into document_template_versions (template_key, version, subject, body, note, published_by)
                select ?, ? + 1, ?, ?, ?, ?
                where coalesce((select max(version) from document_template_versions where template_key = ?), 0) = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.setInt(2, baseVersion);
            ps.setString(3, text.subject());
            ps.setString(4, text.body());
            ps.setString(5, note);
            ps.setString(6, publishedBy);
            ps.setString(7, key);
            ps.setInt(8, baseVersion);
            return ps.executeUpdate() == 1;
        }
    }

    private static Optional<TemplateVersion> one(Connection c, String sql, String key, Integer version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            if (version != null) {
                ps.setInt(2, version);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TemplateVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()));
            }
        }
    }
}
