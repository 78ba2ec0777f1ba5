package jp.mimamo.noren.updates;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The month's list: who is on it, what is carried over, and what a contact takes off it. */
@MicronautTest
class BirthMonthWorklistTest extends ApiTestBase {
    private static final String REGION = "kushiro";
    private UpdateWorld world;
    private final YearMonth now = UpdateWorld.thisMonth();

    @BeforeAll
    void aRegionWithTwoCentres() {
        regions.ensure(new Region(REGION, "釧路", "Kushiro"));
        world = new UpdateWorld(RegistryWorld.in(api(), REGION));
    }

    @Test
    void listsThoseBornThisMonthAndCarriesOverEarlierMonths() {
        long bornNow = world.bornIn(now, "月野 今子", "ツキノ イマコ");
        long bornLastMonth = world.bornIn(now.minusMonths(1), "月野 先子", "ツキノ サキコ");
        world.openedIn(now.minusMonths(1), bornLastMonth);
        long bornLastYear = world.bornIn(now.minusMonths(1), "月野 昨子", "ツキノ サクコ");
        long bornNextMonth = world.bornIn(now.plusMonths(1), "月野 次子", "ツキノ ツギコ");
        long consentedThisMonth = world.registry().register(UpdateWorld.resident(now, "月野 新子", "ツキノ シンコ",
                now.atDay(1)));
        long otherCentre = world.registry().otherStaff().post(world.registry().path("/registrants"),
                UpdateWorld.resident(now, "月野 他子", "ツキノ タコ", UpdateWorld.today().minusYears(2)).json()).json().get("id").getLongValue();

        Api.Reply list = world.worklist(now);

        assertThat(UpdateWorld.ids(list)).contains(bornNow, bornLastMonth)
                .doesNotContain(bornNextMonth, consentedThisMonth, otherCentre, bornLastYear);
        JsonNode carried = item(list, bornLastMonth);
        assertThat(carried.get("monthsOverdue").getIntValue()).isEqualTo(1);
        assertThat(carried.get("cycleMonth").getIntValue()).isEqualTo(now.minusMonths(1).getMonthValue());
        JsonNode own = item(list, bornNow);
        assertThat(own.get("monthsOverdue").getIntValue()).isZero();
        assertThat(own.get("neverUpdated").getBooleanValue()).isTrue();
        assertThat(own.get("lastUpdatedOn").getStringValue()).isEqualTo(UpdateWorld.today().minusYears(2).toString());
        assertThat(own.get("firstContactName").getStringValue()).isEqualTo("山田 一郎");
        assertThat(UpdateWorld.ids(list).indexOf(bornNow)).as("this month's before those carried over")
                .isLessThan(UpdateWorld.ids(list).indexOf(bornLastMonth));
        assertThat(UpdateWorld.ids(world.worklist(now.minusMonths(1)))).as("last month's list").contains(bornLastMonth)
                .doesNotContain(bornNow);
    }

    @Test
    void anOverdueUpdateDoneLateLeavesTheList() {
        long late = world.bornIn(now.minusMonths(2), "遅延 多子", "チエン タコ");
        world.openedIn(now.minusMonths(2), late);
        assertThat(item(world.worklist(now), late).get("monthsOverdue").getIntValue()).isEqualTo(2);

        Api.Reply contact = world.contact(late, "centre", "no-change", "");

        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        assertThat(contact.json().get("cycleMonth").getIntValue()).isEqualTo(now.minusMonths(2).getMonthValue());
        assertThat(UpdateWorld.ids(world.worklist(now))).doesNotContain(late);
    }

    @Test
    void readingTheListWritesOneAccessLogEntry() {
        world.bornIn(now, "記録 読子", "キロク ヨミコ");
        long before = UpdateWorld.count("select count(*) from access_log where region_id = ? and details->>'list' = 'birth-month-update'", REGION);

        Api.Reply list = world.worklist(now);

        assertThat(list.status()).isEqualTo(200);
        assertThat(UpdateWorld.count("select count(*) from access_log where region_id = ? and details->>'list' = 'birth-month-update'",
                REGION)).isEqualTo(before + 1);
    }

    @Test
    void aCompletedContactTakesTheRegistrantOffTheListAndCouldNotReachKeepsThem() {
        long reached = world.bornIn(now, "連絡 済子", "レンラク スミコ");
        long unreachable = world.bornIn(now, "連絡 不在", "レンラク フザイ");
        world.worklist(now);

        Api.Reply done = world.contact(reached, "phone", "no-change", "");
        Api.Reply missed = world.contact(unreachable, "visit", "unreachable", "");

        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        assertThat(done.json().get("completed").getBooleanValue()).isTrue();
        assertThat(missed.status()).as(missed.toString()).isEqualTo(201);
        Api.Reply list = world.worklist(now);
        assertThat(UpdateWorld.ids(list)).doesNotContain(reached).contains(unreachable);
        JsonNode kept = item(list, unreachable);
        assertThat(kept.get("attempts").getIntValue()).isEqualTo(1);
        assertThat(kept.get("lastContact").get("outcome").getStringValue()).isEqualTo("unreachable");
        Api.Reply again = world.contact(reached, "phone", "no-change", "");
        assertThat(again.status()).as("done until next year").isEqualTo(409);
    }

    @Test
    void aContactWithAChangeAndAConcernIsKeptInTheHistory() {
        long registrant = world.bornIn(now, "変更 花子", "ヘンコウ ハナコ");
        int version = world.version(registrant);
        Api.Reply edited = world.registry().staff().put(world.registry().path("/registrants/" + registrant),
                UpdateWorld.resident(now, "変更 花子", "ヘンコウ ハナコ", UpdateWorld.today().minusYears(2))
                        .with("phone", "03-3761-4321").with("version", version).json());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        Api.Reply contact = world.contact(registrant, edited.json().get("version").getIntValue(), "phone", "updated",
                ",\"changedFields\":[\"phone\"],\"concern\":\"最近物忘れが増えたと長男から\",\"followUp\":true");

        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        Api.Reply history = world.registry().staff().get(world.registry().path("/updates/registrants/" + registrant + "/contacts"));
        assertThat(history.status()).isEqualTo(200);
        JsonNode first = history.json().get(0);
        assertThat(first.get("method").getStringValue()).isEqualTo("phone");
        assertThat(first.get("changedFields").get(0).getStringValue()).isEqualTo("phone");
        assertThat(first.get("followUp").getBooleanValue()).isTrue();
        assertThat(first.get("username").getStringValue()).isEqualTo(RegistryWorld.staffName(REGION));
        assertThat(first.get("concern").getStringValue()).contains("物忘れ");
    }

    @Test
    void aContactOnAStaleVersionIs409AndWritesNothing() {
        long registrant = world.bornIn(now, "古版 太郎", "コハン タロウ");
        int read = world.version(registrant);
        world.registry().staff().put(world.registry().path("/registrants/" + registrant),
                UpdateWorld.resident(now, "古版 太郎", "コハン タロウ", UpdateWorld.today().minusYears(2))
                        .with("address", "東京都大田区山王2-1-1").with("version", read).json());

        Api.Reply stale = world.contact(registrant, read, "phone", "no-change", "");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(UpdateWorld.count("select count(*) from update_contacts where region_id = ? and registrant_id = ?", REGION, registrant))
                .isZero();
        assertThat(UpdateWorld.ids(world.worklist(now))).contains(registrant);
    }

    @Test
    void anotherCentresStaffCannotRecordAndTheAdminHasNoList() {
        long registrant = world.bornIn(now, "他所 守子", "ヨソ モリコ");
        Api.Reply other = world.registry().otherStaff().post(world.registry().path("/updates/contacts"),
                "{\"registrantId\":" + registrant + ",\"registrantVersion\":0,\"method\":\"phone\",\"outcome\":\"no-change\"}");
        assertThat(other.status()).isEqualTo(403);
        assertThat(world.registry().admin().get(world.registry().path("/updates/worklist")).status()).isEqualTo(403);
        assertThat(world.registry().unassignedStaff().get(world.registry().path("/updates/worklist")).status()).isEqualTo(403);
    }

    private static JsonNode item(Api.Reply list, long registrant) {
        for (JsonNode item : list.json().get("items").values()) {
            if (item.get("registrantId").getLongValue() == registrant) {
                return item;
            }
        }
        throw new AssertionError("not on the list: " + registrant);
    }
}
