package jp.mimamo.noren.onboarding;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jp.mimamo.noren.identity.IdentityUnavailable;
import jp.mimamo.noren.identity.KeycloakAdmin;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.mimamo.noren.identity.KeycloakAdmin.encode;

/** The Keycloak side of a new region: its organization (alias = region code) and its first admin. */
@Singleton
class RegionIdentity {
    static final String INVITATION_ATTRIBUTE = "noren_invitation";
    private final KeycloakAdmin keycloak;

    RegionIdentity(KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    /** Creates the organization unless it exists; returns its id. */
    String ensureOrganization(String code, String name, String description) {
        Optional<String> existing = organizationId(code);
        if (existing.isPresent()) {
            return existing.get();
        }
        KeycloakAdmin.Reply created = keycloak.post("/organizations", Map.of("name", name, "alias", code, "enabled", true,
                "description", description));
        if (!created.ok() && created.status() != 409) {
            throw new IdentityUnavailable("Keycloak could not create organization " + code + ": HTTP " + created.status(), null);
        }
        return organizationId(code).orElseThrow(() -> new IdentityUnavailable(
                "Keycloak has another organization named " + name + " (HTTP " + created.status() + ")", null));
    }

    Optional<String> organizationId(String code) {
        KeycloakAdmin.Reply found = keycloak.get("/organizations?q=" + encode("alias:" + code) + "&exact=true");
        expectOk(found, "find organization");
        return KeycloakAdmin.list(keycloak.parse(found.body())).stream()
                .filter(o -> code.equals(o.get("alias").getStringValue()))
                .map(o -> o.get("id").getStringValue()).findFirst();
    }

    sealed interface Created permits Created.Done, Created.WeakPassword, Created.EmailTaken {
        record Done(String userId) implements Created {
        }

        record WeakPassword(String reason) implements Created {
        }

        record EmailTaken() implements Created {
        }
    }

    /**
     * The first admin: an account with the chosen password, member of the organization, with the region-admin
     * role. An account this invitation made earlier (a retry after a failure half-way) is taken up again.
     */
    Created firstAdmin(String code, long invitation, String email, String name, String password) {
        String organization = organizationId(code).orElseThrow(() -> new IdentityUnavailable("No organization " + code, null));
        KeycloakAdmin.Reply created = keycloak.post("/users", Map.of(
                "username", email.toLowerCase(java.util.Locale.ROOT), "email", email, "emailVerified", true, "enabled", true,
                "lastName", family(name), "firstName", given(name), "requiredActions", List.of(),
                "attributes", Map.of("locale", List.of("ja"), INVITATION_ATTRIBUTE, List.of(String.valueOf(invitation))),
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        String userId;
        if (created.status() == 400) {
            return new Created.WeakPassword(reason(created.body()));
        } else if (created.status() == 409) {
            Optional<JsonNode> mine = userMadeBy(email, invitation);
            if (mine.isEmpty()) {
                return new Created.EmailTaken();
            }
            userId = mine.get().get("id").getStringValue();
            KeycloakAdmin.Reply reset = keycloak.put("/users/" + userId + "/reset-password",
                    Map.of("type", "password", "value", password, "temporary", false));
            if (reset.status() == 400) {
                return new Created.WeakPassword(reason(reset.body()));
            }
            expectOk(reset, "set password");
        } else {
            expectOk(created, "create user");
            userId = created.location().map(l -> l.substring(l.lastIndexOf('/') + 1))
                    .orElseThrow(() -> new IdentityUnavailable("Keycloak created a user without telling where", null));
        }
        KeycloakAdmin.Reply member = keycloak.post("/organizations/" + organization + "/members", userId);
        if (member.status() != 409) {
            expectOk(member, "add member");
        }
        KeycloakAdmin.Reply role = keycloak.get("/roles/" + encode(Roles.REGION_ADMIN));
        expectOk(role, "read role");
        expectOk(keycloak.post("/users/" + userId + "/role-mappings/realm", List.of(Map.of(
                "id", keycloak.parse(role.body()).get("id").getStringValue(), "name", Roles.REGION_ADMIN))), "assign role");
        return new Created.Done(userId);
    }

    /** Keycloak's profile needs both names; a name written without a space is used for both. */
    static String family(String name) {
        String[] parts = name.strip().split("[\\s\u3000]+", 2);
        return parts[0];
    }

    static String given(String name) {
        String[] parts = name.strip().split("[\\s\u3000]+", 2);
        return parts.length == 2 ? parts[1] : parts[0];
    }

    private Optional<JsonNode> userMadeBy(String email, long invitation) {
        KeycloakAdmin.Reply found = keycloak.get("/users?exact=true&briefRepresentation=false&username=" + encode(email.toLowerCase(java.util.Locale.ROOT)));
        expectOk(found, "find user");
        return KeycloakAdmin.list(keycloak.parse(found.body())).stream().filter(u -> {
            JsonNode attributes = u.get("attributes");
            JsonNode mark = attributes == null ? null : attributes.get(INVITATION_ATTRIBUTE);
            return mark != null && mark.size() > 0 && String.valueOf(invitation).equals(mark.get(0).getStringValue());
        }).findFirst();
    }

    private String reason(String body) {
        try {
            JsonNode error = keycloak.parse(body);
            JsonNode message = error.get("error_description") != null ? error.get("error_description") : error.get("errorMessage");
            return message == null ? "" : message.getStringValue();
        } catch (IdentityUnavailable e) {
            return "";
        }
    }

    private static void expectOk(KeycloakAdmin.Reply reply, String step) {
        if (!reply.ok()) {
            throw new IdentityUnavailable("Keycloak could not " + step + ": HTTP " + reply.status(), null);
        }
    }
}
