package jp.mimamo.noren.renewals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The renewal text a region uses now (its own, else head office's latest), read through the template library's
 * {@code effective_document_template}, and which version it is: every send records it, so a later publish changes
 * nothing already sent.
 *
 * @param version        the head-office version the text is, or is based on
 * @param regionRevision the region's revision of its own text, or null for head office's text
 */
record RenewalTemplate(String key, int version, Integer regionRevision, String subject, String body) {

    static RenewalTemplate inForce(Connection c, String region, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select template_key, version, region_revision, subject, body from effective_document_template(?, ?)")) {
            ps.setString(1, region);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The template library has no version of " + key);
                }
                return new RenewalTemplate(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3), rs.getString(4), rs.getString(5));
            }
        }
    }
}
