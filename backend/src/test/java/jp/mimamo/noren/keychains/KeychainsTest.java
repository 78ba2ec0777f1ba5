package jp.mimamo.noren.keychains;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.AccessLogRows;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.tenancy.Caller;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.Roles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issuing, revoking and replacing keychains, and the staff's check of a number. */
@MicronautTest
class KeychainsTest extends ApiTestBase {
    private static final String REGION = "keychain-town";
    private RegistryWorld world;

    @Inject
    RegionDatabase database;
    @Inject
    AccessLog log;

    @BeforeAll
    void aRegionWithTwoCentres() {
        regions.ensure(new Region(REGION, "鍵町見守りネットワーク", "Keychain Town"));
        world = RegistryWorld.in(api(), REGION);
    }

    @Test
    void aRegistrantGetsOneNumberWithTheRegionsPrefixAndAValidCheckDigit() {
        long id = world.register(RegistrantFixtures.aResident());
        String number = world.issueKeychain(id);
        assertThat(number).matches("KEY\\d{9}");
        assertThat(RegistrationNumber.isValid(number)).isTrue();
        Api.Reply second = world.staff().post(world.path("/registrants/" + id + "/keychains"), "{}");
        assertThat(second.status()).isEqualTo(409);
        JsonNode page = world.staff().get(world.path("/registrants/" + id)).json();
        assertThat(page.get("keychains").values()).extracting(k -> k.get("number").getStringValue()).containsExactly(number);
    }

    @Test
    void aLostKeychainIsRevokedAndReplacedInOneStepAndTheOldNumberSaysSo() {
        long id = world.register(RegistrantFixtures.aResident());
        String lost = world.issueKeychain(id);
        JsonNode change = world.staff().post(world.path("/registrants/" + id + "/keychains/" + lost + "/revoke"),
                "{\"reason\":\"lost\",\"reissue\":true}").json();
        String replacement = change.get("issued").get("number").getStringValue();
        assertThat(replacement).isNotEqualTo(lost);
        assertThat(change.get("revoked").get("replacedBy").getStringValue()).isEqualTo(replacement);
        assertThat(change.get("revoked").get("revokeReason").getStringValue()).isEqualTo("lost");

        JsonNode check = world.otherStaff().get(world.path("/keychains/" + RegistrationNumber.parse(lost).display())).json();
        assertThat(check.get("state").getStringValue()).isEqualTo("revoked");
        assertThat(check.get("replacedBy").getStringValue()).isEqualTo(replacement);
        assertThat(check.get("centreId").getLongValue()).isEqualTo(world.centre());
        assertThat(check.toString()).doesNotContain(RegistrantFixtures.NAME).doesNotContain("大森北");
        assertThat(world.staff().get(world.path("/keychains/" + replacement)).json().get("state").getStringValue()).isEqualTo("active");

        Api.Reply again = world.staff().post(world.path("/registrants/" + id + "/keychains/" + lost + "/revoke"), "{\"reason\":\"lost\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void anotherCentreCannotIssueOrRevoke() {
        long id = world.register(RegistrantFixtures.aResident());
        assertThat(world.otherStaff().post(world.path("/registrants/" + id + "/keychains"), "{}").status()).isEqualTo(403);
        String number = world.issueKeychain(id);
        assertThat(world.otherStaff().post(world.path("/registrants/" + id + "/keychains/" + number + "/revoke"),
                "{\"reason\":\"lost\",\"reissue\":true}").status()).isEqualTo(403);
        assertThat(world.admin().post(world.path("/registrants/" + id + "/keychains"), "{}").status()).isEqualTo(403);
    }

    @Test
    void noKeychainIsIssuedOnceTheRegistrationHasEnded() {
        long id = world.register(RegistrantFixtures.aResident());
        world.staff().post(world.path("/registrants/" + id + "/status"),
                "{\"status\":\"withdrawn\",\"effectiveOn\":\"2026-02-01\",\"reason\":\"同意の撤回\",\"version\":0}");
        Api.Reply reply = world.staff().post(world.path("/registrants/" + id + "/keychains"), "{}");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").getStringValue()).contains("登録が終了");
    }

    @Test
    void aMistypedNumberIsRefusedInJapaneseAndOnlyTheAttemptIsLogged() {
        long id = world.register(RegistrantFixtures.aResident());
        String number = world.issueKeychain(id);
        char last = number.charAt(number.length() - 1);
        String typo = number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        long before = AccessLogRows.lastId(REGION);
        Api.Reply wrongCheck = world.staff().get(world.path("/keychains/" + typo));
        assertThat(wrongCheck.status()).isEqualTo(400);
        assertThat(wrongCheck.json().get("errors").get(0).get("message").getStringValue()).contains("確認数字");
        Api.Reply malformed = world.staff().get(world.path("/keychains/KEY-12"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("message").getStringValue()).contains("形式");
        List<AccessLogRows.Row> rows = AccessLogRows.since(REGION, before);
        assertThat(rows).extracting(AccessLogRows.Row::action, AccessLogRows.Row::outcome, AccessLogRows.Row::registrantId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("number-check", "rejected", null),
                        org.assertj.core.groups.Tuple.tuple("number-check", "rejected", null));
        assertThat(rows.get(0).details()).contains("check_digit");
    }

    @Test
    void aValidNumberThatWasNeverIssuedHereIsNotFound() {
        String elsewhere = RegistrationNumber.of("ZZZ", "12345678").canonical();
        assertThat(world.staff().get(world.path("/keychains/" + elsewhere)).status()).isEqualTo(404);
    }

    @Test
    void aDrawnNumberThatExistsAlreadyIsNeverGivenAgain() {
        long first = world.register(RegistrantFixtures.aResident());
        long second = world.register(RegistrantFixtures.aResident());
        Keychains rigged = new Keychains(database, log, new NumberGenerator(sameDrawTwiceThenAnother()));
        CurrentRegion staff = new CurrentRegion(new Region(REGION, "鍵町", "Keychain Town"), new Caller(RegistryWorld.staffName(REGION),
                "職員", null, Set.of(Roles.CENTRE_STAFF), List.of(REGION)));
        String a = rigged.issue(staff, first, ClientInfo.NONE).issued().number();
        String b = rigged.issue(staff, second, ClientInfo.NONE).issued().number();
        assertThat(a.substring(3, 11)).isEqualTo("11111111");
        assertThat(b.substring(3, 11)).isEqualTo("22222222");
    }

    /** A random source whose draws give 11111111, 11111111 again, then 22222222. */
    private static SecureRandom sameDrawTwiceThenAnother() {
        return new SecureRandom() {
            private int calls;

            @Override
            public int nextInt(int bound) {
                return calls++ < 2 ? 11_111_111 : 22_222_222;
            }
        };
    }
}
