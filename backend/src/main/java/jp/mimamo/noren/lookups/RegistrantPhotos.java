package jp.mimamo.noren.lookups;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The registrant's photo for the look-up, as a {@code data:} URL, read on the look-up's own connection in the
 * registrant's region. The registry provides the photo; until it stores one, {@link NoRegistrantPhotos} answers.
 */
public interface RegistrantPhotos {
    Optional<String> photo(Connection c, String region, long registrantId) throws SQLException;
}
