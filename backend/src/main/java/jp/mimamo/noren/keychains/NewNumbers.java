package jp.mimamo.noren.keychains;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The region's prefix and fresh random numbers, for a registry import that keeps the numbers a region already uses
 * and issues new ones to registrants who have none. The caller inserts a number and draws again if it is taken.
 */
public final class NewNumbers {
    private static final NumberGenerator GENERATOR = new NumberGenerator();

    private NewNumbers() {
    }

    /** The region's prefix, made on first use ({@link KeychainPrefixes}). */
    public static String prefix(Connection c, String region) throws SQLException {
        return KeychainPrefixes.ensure(c, region);
    }

    public static RegistrationNumber draw(String prefix) {
        return GENERATOR.next(prefix);
    }
}
