package jp.mimamo.noren.updates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The postcard text the region uses now (its own, else head office's latest), read through the template library. */
record PostcardTemplate(String subject, String body) {

    static PostcardTemplate inForce(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select subject, body from effective_document_template(?, ?)")) {
            ps.setString(1, region);
            ps.setString(2, UpdatePostcardText.KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The template library has no version of " + UpdatePostcardText.KEY);
                }
                return new PostcardTemplate(rs.getString(1), rs.getString(2));
            }
        }
    }
}
