package jp.mimamo.noren.documents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * A text from head office's template library as a feature uses it: the region's own text while one is in force, else
 * head office's latest version, and which version that is. A feature that issues a document stores
 * {@code (key, version, regionRevision)} with it; versions and revisions never change, so {@link #asIssued} gives the
 * same words for as long as the document exists.
 *
 * @param version        the head-office version the text is, or is based on
 * @param regionRevision the region's revision of its own text, or null for head office's text
 */
public record DocumentText(String key, int version, Integer regionRevision, String subject, String body) {

    /** The text the region uses now; the migration that adds a kind publishes its version 1, so there always is one. */
    public static DocumentText inForce(Connection c, String region, String key) throws SQLException {
        return read(c, "select template_key, version, region_revision, subject, body from effective_document_template(?, ?)",
                region, key, null, null);
    }

    /** The text a document recorded when it was issued. */
    public static DocumentText asIssued(Connection c, String region, String key, int version, Integer regionRevision) throws SQLException {
        return read(c, "select template_key, version, region_revision, subject, body from document_template_text(?, ?, ?, ?)",
                region, key, version, regionRevision);
    }

    /** The subject with its placeholders filled in; null for a kind without one. */
    public String subject(Map<String, String> values) {
        return subject == null ? null : TextTemplate.fill(subject, values);
    }

    public String body(Map<String, String> values) {
        return TextTemplate.fill(body, values);
    }

    /** How people name the text: 第3版, or 第3版・地域改訂2 for the region's own revision 2 based on version 3. */
    public String label() {
        return "第" + version + "版" + (regionRevision == null ? "" : "・地域改訂" + regionRevision);
    }

    private static DocumentText read(Connection c, String sql, String region, String key, Integer version, Integer revision)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, key);
            if (version != null) {
                ps.setInt(3, version);
                ps.setObject(4, revision, java.sql.Types.INTEGER);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The template library has no such text of " + key);
                }
                return new DocumentText(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3), rs.getString(4), rs.getString(5));
            }
        }
    }
}
