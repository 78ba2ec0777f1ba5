package jp.mimamo.noren.users;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jp.mimamo.noren.identity.IdentityUnavailable;
import jp.mimamo.noren.identity.KeycloakAdmin;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.Roles;
import jp.mimamo.noren.web.KeycloakSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static jp.mimamo.noren.identity.KeycloakAdmin.encode;

/**
 * The people of one region: the members of the region's Keycloak organization. Invitations create the
 * account, make it a member, give it its role and send Keycloak's "set your password" email; if any step
 * fails the account is removed again, so an invitation either happened completely or not at all.
 */
@Singleton
class RegionUsers {
    private static final Logger LOG = LoggerFactory.getLogger(RegionUsers.class);
    private static final Pattern USER_ID = Pattern.compile("^[0-9a-f-]{36}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final int INVITATION_LIFESPAN_SECONDS = 3 * 24 * 3600;

    private final KeycloakAdmin keycloak;
    private final KeycloakSettings settings;
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();

    RegionUsers(KeycloakAdmin keycloak, KeycloakSettings settings) {
        this.keycloak = keycloak;
        this.settings = settings;
    }

    List<RegionUser> list(CurrentRegion region) {
        String organization = organizationId(region);
        KeycloakAdmin.Reply members = keycloak.get("/organizations/" + organization + "/members?first=0&max=1000");
        expectOk(members, "list members");
        List<RegionUser> users = new ArrayList<>();
        for (JsonNode member : KeycloakAdmin.list(keycloak.parse(members.body()))) {
            users.add(view(member, productRoles(member.get("id").getStringValue())));
        }
        users.sort(java.util.Comparator.comparing(u -> String.valueOf(u.username())));
        return users;
    }

    RegionUser invite(CurrentRegion region, InvitationForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String email = JapaneseText.folded(form.email());
        if (email == null) {
            errors.reject("email", "validation.required");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.reject("email", "validation.email");
        }
        String lastName = name(errors, "lastName", form.lastName());
        String firstName = name(errors, "firstName", form.firstName());
        if (form.role() == null) {
            errors.reject("role", "validation.required");
        } else if (!Roles.ASSIGNABLE_IN_REGION.contains(form.role())) {
            errors.reject("role", "validation.role.unknown", form.role());
        }
        errors.throwIfAny();
        String organization = organizationId(region);

        KeycloakAdmin.Reply created = keycloak.post("/users", Map.of(
                "username", email.toLowerCase(Locale.ROOT), "email", email, "firstName", firstName, "lastName", lastName,
                "enabled", true, "attributes", Map.of("locale", List.of("ja")), "requiredActions", List.of("UPDATE_PASSWORD")));
        if (created.status() == 409) {
            throw new ProblemException(ProblemType.CONFLICT, "problem.user.exists");
        }
        expectOk(created, "create user");
        String userId = created.location().map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseThrow(() -> new IdentityUnavailable("Keycloak created a user without telling where", null));
        try {
            expectOk(keycloak.post("/organizations/" + organization + "/members", userId), "add member");
            grant(userId, List.of(form.role()));
            String redirect = encode(settings.publicUrl() + "/");
            expectOk(keycloak.put("/users/" + userId + "/execute-actions-email?lifespan=" + INVITATION_LIFESPAN_SECONDS
                    + "&client_id=" + encode(settings.spaClientId()) + "&redirect_uri=" + redirect, List.of("UPDATE_PASSWORD")),
                    "send invitation");
        } catch (RuntimeException failure) {
            KeycloakAdmin.Reply removed = keycloak.delete("/users/" + userId, null);
            LOG.warn("Invitation of a user to {} failed; account removed again: {}", region.code(), removed.ok());
            throw failure;
        }
        return find(userId);
    }

    RegionUser setRoles(CurrentRegion region, String userId, RolesForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        List<String> wanted = form.roles() == null ? List.of() : List.copyOf(new LinkedHashSet<>(form.roles()));
        if (wanted.isEmpty()) {
            errors.reject("roles", "validation.required");
        }
        wanted.stream().filter(r -> !Roles.ASSIGNABLE_IN_REGION.contains(r))
                .forEach(r -> errors.reject("roles", "validation.role.unknown", r));
        errors.throwIfAny();
        requireMember(region, userId);
        refuseSelf(region, userId);
        List<String> current = productRoles(userId);
        if (current.stream().anyMatch(r -> !Roles.ASSIGNABLE_IN_REGION.contains(r))) {
            throw ProblemException.forbidden();
        }
        grant(userId, wanted.stream().filter(r -> !current.contains(r)).toList());
        List<String> removed = current.stream().filter(r -> !wanted.contains(r)).toList();
        if (!removed.isEmpty()) {
            expectOk(keycloak.delete("/users/" + userId + "/role-mappings/realm", roleObjects(removed)), "remove roles");
        }
        return find(userId);
    }

    RegionUser setEnabled(CurrentRegion region, String userId, boolean enabled) {
        requireMember(region, userId);
        refuseSelf(region, userId);
        expectOk(keycloak.put("/users/" + userId, Map.of("enabled", enabled)), "change enabled");
        if (!enabled) {
            expectOk(keycloak.post("/users/" + userId + "/logout", null), "end sessions");
        }
        return find(userId);
    }

    private void requireMember(CurrentRegion region, String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw ProblemException.notFound();
        }
        KeycloakAdmin.Reply member = keycloak.get("/organizations/" + organizationId(region) + "/members/" + userId);
        if (member.status() == 404 || member.status() == 400) {
            throw ProblemException.notFound();
        }
        expectOk(member, "check membership");
    }

    private void refuseSelf(CurrentRegion region, String userId) {
        KeycloakAdmin.Reply user = keycloak.get("/users/" + userId);
        expectOk(user, "read user");
        if (region.caller().username().equals(keycloak.parse(user.body()).get("username").getStringValue())) {
            throw new ProblemException(ProblemType.CONFLICT, "problem.user.self");
        }
    }

    private RegionUser find(String userId) {
        KeycloakAdmin.Reply user = keycloak.get("/users/" + userId);
        expectOk(user, "read user");
        return view(keycloak.parse(user.body()), productRoles(userId));
    }

    private void grant(String userId, List<String> roles) {
        if (!roles.isEmpty()) {
            expectOk(keycloak.post("/users/" + userId + "/role-mappings/realm", roleObjects(roles)), "assign roles");
        }
    }

    /** Keycloak needs both the id and the name of each role. */
    private List<Map<String, String>> roleObjects(List<String> names) {
        List<Map<String, String>> roles = new ArrayList<>();
        for (String name : names) {
            KeycloakAdmin.Reply role = keycloak.get("/roles/" + encode(name));
            expectOk(role, "read role");
            roles.add(Map.of("id", keycloak.parse(role.body()).get("id").getStringValue(), "name", name));
        }
        return roles;
    }

    private List<String> productRoles(String userId) {
        KeycloakAdmin.Reply mappings = keycloak.get("/users/" + userId + "/role-mappings/realm");
        expectOk(mappings, "read roles");
        Set<String> product = Set.of(Roles.HEAD_OFFICE, Roles.REGION_ADMIN, Roles.CENTRE_STAFF, Roles.RESPONDER, Roles.SPONSOR_CONTACT);
        return KeycloakAdmin.list(keycloak.parse(mappings.body())).stream()
                .map(r -> r.get("name").getStringValue()).filter(product::contains).sorted().toList();
    }

    private String organizationId(CurrentRegion region) {
        return organizationIds.computeIfAbsent(region.code(), alias -> {
            KeycloakAdmin.Reply found = keycloak.get("/organizations?q=" + encode("alias:" + alias) + "&exact=true");
            expectOk(found, "find organization");
            List<JsonNode> organizations = KeycloakAdmin.list(keycloak.parse(found.body()));
            if (organizations.isEmpty()) {
                throw new IdentityUnavailable("Keycloak has no organization for region " + alias, null);
            }
            return organizations.get(0).get("id").getStringValue();
        });
    }

    private static RegionUser view(JsonNode user, List<String> roles) {
        return new RegionUser(text(user, "id"), text(user, "username"), text(user, "email"), text(user, "firstName"),
                text(user, "lastName"), user.get("enabled") == null || user.get("enabled").getBooleanValue(), roles);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.getStringValue();
    }

    private static String name(FormErrors errors, String field, String value) {
        String name = JapaneseText.trimmed(value);
        if (name == null) {
            errors.reject(field, "validation.required");
        } else if (name.length() > 100) {
            errors.reject(field, "validation.tooLong", 100);
        }
        return name;
    }

    private static void expectOk(KeycloakAdmin.Reply reply, String step) {
        if (!reply.ok()) {
            throw new IdentityUnavailable("Keycloak could not " + step + ": HTTP " + reply.status(), null);
        }
    }
}
