package jp.mimamo.noren.users;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import jp.mimamo.noren.devstack.LocalMailServer;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.KeycloakFixture;
import jp.mimamo.noren.support.KeycloakTestBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A region admin manages the region's people through Keycloak, with real mail sent through GreenMail. */
@MicronautTest
class RegionUsersIT extends KeycloakTestBase {
    private static final String USERS = "/api/v1/regions/yamato/users";

    @Test
    void listsThePeopleOfTheRegionWithTheirRoles() {
        JsonNode users = as("yamato-admin").get(USERS).json();
        List<String> rows = new ArrayList<>();
        users.values().forEach(u -> rows.add(u.get("username").getStringValue() + ":" + u.get("roles").get(0).getStringValue()));
        assertThat(rows).contains("yamato-admin:region-admin", "yamato-staff:centre-staff").noneMatch(r -> r.startsWith("kishiwada"));
    }

    @Test
    void invitesAPersonByEmailWhoThenSetsTheirPassword() throws Exception {
        int before = KeycloakFixture.get().mail().received().size();
        Api.Reply invited = as("yamato-admin").post(USERS,
                "{\"email\":\"new.staff@mimamo.example\",\"lastName\":\"伊藤\",\"firstName\":\"陽子\",\"role\":\"centre-staff\"}");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json().get("roles").get(0).getStringValue()).isEqualTo("centre-staff");

        List<MimeMessage> mail = KeycloakFixture.get().mail().received();
        assertThat(mail).hasSize(before + 1);
        MimeMessage invitation = mail.get(mail.size() - 1);
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo("new.staff@mimamo.example");
        assertThat(LocalMailServer.text(invitation)).contains("/realms/mimamo/login-actions/action-token");

        Api.Reply again = as("yamato-admin").post(USERS,
                "{\"email\":\"new.staff@mimamo.example\",\"lastName\":\"伊藤\",\"firstName\":\"陽子\",\"role\":\"centre-staff\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void anInvitationThatCannotBeMailedIsUndoneAndSaysSo() {
        KeycloakFixture.get().stopMail();
        try {
            Api.Reply failed = as("yamato-admin").post(USERS,
                    "{\"email\":\"unmailed@mimamo.example\",\"lastName\":\"送信\",\"firstName\":\"失敗\",\"role\":\"responder\"}");
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.json().get("type").getStringValue()).endsWith("/upstream-unavailable");
        } finally {
            KeycloakFixture.get().startMail();
        }
        assertThat(as("yamato-admin").get(USERS).body()).doesNotContain("unmailed@mimamo.example");
    }

    @Test
    void changesRolesDisablesAndEnablesAPersonOfTheRegion() {
        String staff = userId("yamato-staff");
        Api admin = as("yamato-admin");
        Api.Reply roles = admin.put(USERS + "/" + staff + "/roles", "{\"roles\":[\"centre-staff\",\"responder\"]}");
        assertThat(roles.status()).as(roles.toString()).isEqualTo(200);
        assertThat(roles.body()).contains("responder");
        assertThat(admin.put(USERS + "/" + staff + "/roles", "{\"roles\":[\"hq\"]}").status()).isEqualTo(400);

        assertThat(admin.post(USERS + "/" + staff + "/disable", "{}").json().get("enabled").getBooleanValue()).isFalse();
        assertThat(KeycloakFixture.get().passwordGrant("yamato-staff", KeycloakFixture.DEMO_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(admin.post(USERS + "/" + staff + "/enable", "{}").json().get("enabled").getBooleanValue()).isTrue();
        assertThat(KeycloakFixture.get().passwordGrant("yamato-staff", KeycloakFixture.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        admin.put(USERS + "/" + staff + "/roles", "{\"roles\":[\"centre-staff\"]}");
    }

    @Test
    void anotherRegionsAdminCannotTouchThisRegionsPeople() {
        String staff = userId("yamato-staff");
        Api kishiwada = as("kishiwada-admin");
        assertThat(kishiwada.get(USERS).status()).isEqualTo(403);
        assertThat(kishiwada.post(USERS + "/" + staff + "/disable", "{}").status()).isEqualTo(403);
        assertThat(kishiwada.post("/api/v1/regions/kishiwada/users/" + staff + "/disable", "{}").status()).isEqualTo(404);
        assertThat(kishiwada.put("/api/v1/regions/kishiwada/users/" + staff + "/roles", "{\"roles\":[\"region-admin\"]}").status()).isEqualTo(404);
        assertThat(KeycloakFixture.get().passwordGrant("yamato-staff", KeycloakFixture.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminCannotDisableThemselves() {
        assertThat(as("yamato-admin").post(USERS + "/" + userId("yamato-admin") + "/disable", "{}").status()).isEqualTo(409);
    }

    private String userId(String username) {
        JsonNode users = as("yamato-admin").get(USERS).json();
        for (JsonNode user : users.values()) {
            if (user.get("username").getStringValue().equals(username)) {
                return user.get("id").getStringValue();
            }
        }
        throw new AssertionError(username + " not listed");
    }
}
