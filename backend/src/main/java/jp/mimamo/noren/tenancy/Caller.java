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
                text(attributes.get("name"), authentication.getName()),
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

    private static String text(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
