package jp.mimamo.noren.keychains;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The franchise's number prefixes, one per region, made the first time a region issues a number: three letters
 * of the region code in their order (ota → OTA, otaru → OTR when OTA is taken), so a person reading a number
 * can tell the region. The directory is shared by all regions; a prefix is never given to a second one.
 */
public final class KeychainPrefixes {
    private KeychainPrefixes() {
    }

    public static String ensure(Connection c, String region) throws SQLException {
        Optional<String> existing = find(c, region);
        if (existing.isPresent()) {
            return existing.get();
        }
        for (String candidate : candidates(region)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into keychain_prefixes (prefix, region_code) values (?, ?) on conflict do nothing")) {
                ps.setString(1, candidate);
                ps.setString(2, region);
                ps.executeUpdate();
            }
            Optional<String> mine = find(c, region);
            if (mine.isPresent()) {
                return mine.get();
            }
        }
        throw new IllegalStateException("No free keychain prefix for region " + region);
    }

    static Optional<String> find(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select prefix from keychain_prefixes where region_code = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Three letters of the code in order, the first letter always first; then any three letters as a last resort. */
    static List<String> candidates(String regionCode) {
        String letters = regionCode.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        LinkedHashSet<String> candidates = new LinkedHashSet<>();
        if (letters.length() >= 3) {
            for (int i = 1; i < letters.length(); i++) {
                for (int j = i + 1; j < letters.length(); j++) {
                    candidates.add("" + letters.charAt(0) + letters.charAt(i) + letters.charAt(j));
                }
            }
        } else if (letters.length() == 2) {
            candidates.add(letters);
        }
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                candidates.add((letters.isEmpty() ? "" + a : letters.substring(0, 1)) + a + b);
            }
        }
        return new ArrayList<>(candidates);
    }
}
