package jp.mimamo.noren.onboarding;

import jp.mimamo.noren.shared.FormErrors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a region code. A code is normalised first (NFKC, then lowercase) so that ＯＴＡ and Ota are the
 * same code as ota; it is then 3–20 of a-z, 0-9 and '-', starting with a letter, not a reserved word, and not
 * the code of a region or of a live application.
 */
final class RegionCodes {
    static final Set<String> RESERVED = Set.of("admin", "administrator", "api", "hq", "public", "www", "static", "login",
            "logout", "keycloak", "auth", "realms", "assets", "apply", "invitation", "noren", "mimamo", "root", "system",
            "support", "help", "mail", "health", "metrics", "openapi", "test", "demo", "null", "undefined", "new");
    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9-]{3,20}$");

    private RegionCodes() {
    }

    static String normalise(String raw) {
        return raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** The normalised code, or null with the reason recorded against the field. */
    static String check(FormErrors errors, String field, String raw) {
        String code = normalise(raw);
        if (code == null || code.isEmpty()) {
            errors.reject(field, "validation.required");
            return null;
        }
        if (!FORMAT.matcher(code).matches()) {
            errors.reject(field, "validation.onboarding.code.format");
            return null;
        }
        if (!Character.isLetter(code.charAt(0)) || code.endsWith("-")) {
            errors.reject(field, "validation.onboarding.code.edges");
            return null;
        }
        if (RESERVED.contains(code)) {
            errors.reject(field, "validation.onboarding.code.reserved", code);
            return null;
        }
        return code;
    }

    /** Taken by a region, or by another application that is live (an unverified one only while its link lives). */
    static boolean taken(Connection c, String code, Long exceptApplication, Duration unverifiedHold) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select exists (select 1 from regions where lower(code) = ?)
                    or exists (select 1 from region_applications where code = ? and id <> ?
                               and (status in ('submitted', 'changes-requested', 'approved')
                                    or (status = 'unverified' and created_at > now() - make_interval(secs => ?))))""")) {
            ps.setString(1, code);
            ps.setString(2, code);
            ps.setLong(3, exceptApplication == null ? -1 : exceptApplication);
            ps.setLong(4, unverifiedHold.toSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
