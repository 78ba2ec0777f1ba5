package jp.mimamo.noren.tenancy;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The signed-in person as the token describes them: who, with which roles, member of which regions. */
public record Caller(String username, String displayName, String email, Set<String> roles, List<String> regions) {

    public static Caller of(Authentication authentication) {
        var attributes = authentication.getAttributes();
        return new Caller(authentication.getName(),
                displayName(attributes, authentication.getName()),
                text(attributes.get("email"), null),
                Set.copyOf(authentication.getRoles()),
                regionsOf(attributes.get("organization")));
    }

    public boolean isHeadOffice() {
        return roles.contains(Roles.HEAD_OFFICE);
    }

    public boolean belongsTo(String regionCode) {
        return regions.contains(regionCode);
    }

    /** Keycloak writes the organization claim as a list of aliases, or as a map keyed by alias when ids are asked for. */
    private static List<String> regionsOf(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (claim instanceof java.util.Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        if (claim instanceof String single && !single.isBlank()) {
            return List.of(single);
        }
        return List.of();
    }

    /** Japanese order: family name first (Keycloak's {@code name} claim puts the given name first). */
    private static String displayName(java.util.Map<String, Object> attributes, String username) {
        String family = text(attributes.get("family_name"), null);
        String given = text(attributes.get("given_name"), null);
        if (family != null && given != null) {
            return family + " " + given;
        }
        return text(attributes.get("name"), username);
    }

    private static String text(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
