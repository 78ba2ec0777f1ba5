package jp.mimamo.noren.lookups;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

/**
 * The registrant's photo for the look-up, as a {@code data:} URL, read on the look-up's own connection in the
 * registrant's region from the registry's {@code registrant_photos} (features share data through the database). The
 * registry stores it already scaled to at most 800 px and without metadata; the look-up's access-log entry names the
 * field {@code photo} when one is shown.
 */
@Singleton
class RegistrantPhotos {
    Optional<String> photo(Connection c, String region, long registrantId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select media_type, image from registrant_photos where region_id = ? and registrant_id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, registrantId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of("data:" + rs.getString(1) + ";base64," + Base64.getEncoder().encodeToString(rs.getBytes(2)))
                        : Optional.empty();
            }
        }
    }
}
