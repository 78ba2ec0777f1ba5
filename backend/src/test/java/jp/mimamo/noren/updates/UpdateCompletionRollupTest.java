package jp.mimamo.noren.updates;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.devstack.EmbeddedDatabase;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Head office's rollup counts what the progress view counts, through contacts and changes of status. */
@MicronautTest
class UpdateCompletionRollupTest extends ApiTestBase {
    private static final String REGION = "abashiri";
    private UpdateWorld world;
    private final YearMonth now = UpdateWorld.thisMonth();

    @BeforeAll
    void aRegionWithTwoCentres() {
        regions.ensure(new Region(REGION, "網走", "Abashiri"));
        world = new UpdateWorld(RegistryWorld.in(api(), REGION));
    }

    @Test
    void dueAndDoneFollowContactsAndStatusChanges() {
        long updated = world.bornIn(now, "集計 一子", "シュウケイ イチコ");
        long moving = world.bornIn(now, "集計 転子", "シュウケイ テンコ");
        long dying = world.bornIn(now, "集計 終子", "シュウケイ ツイコ");
        long unreachable = world.bornIn(now, "集計 不在", "シュウケイ フザイ");
        long[] before = UpdateWorld.rollup(REGION, now);
        world.worklist(now);
        long[] opened = UpdateWorld.rollup(REGION, now);
        assertThat(opened[0] - before[0]).as("four opened").isEqualTo(4);

        assertThat(world.contact(updated, "visit", "no-change", "").status()).isEqualTo(201);
        assertThat(world.contact(unreachable, "phone", "unreachable", "").status()).isEqualTo(201);
        changeStatus(moving, "moved", "区外へ転居");
        long[] after = UpdateWorld.rollup(REGION, now);
        assertThat(after[0] - before[0]).as("due: the one who moved no longer").isEqualTo(3);
        assertThat(after[1] - before[1]).as("done").isEqualTo(1);

        changeStatus(dying, "deceased", "逝去");
        long[] last = UpdateWorld.rollup(REGION, now);
        assertThat(last[0] - before[0]).isEqualTo(2);
        assertThat(last[1] - before[1]).isEqualTo(1);
        changeStatus(updated, "moved", "施設の近くへ転居");
        assertThat(UpdateWorld.rollup(REGION, now)).as("a done update stays counted").containsExactly(last);

        assertThat(UpdateWorld.ids(world.worklist(now))).doesNotContain(moving, dying, updated).contains(unreachable);
        assertThat(world.worklist(now).status()).isEqualTo(200);
        assertThat(UpdateWorld.rollup(REGION, now)).as("reading again opens nothing twice").containsExactly(last);
    }

    @Test
    void theProgressViewAgreesWithTheRollup() {
        world.bornIn(now, "進捗 一子", "シンチョク イチコ");
        world.worklist(now);
        Api.Reply progress = world.registry().admin().get(world.registry().path("/updates/progress?year=" + now.getYear()));
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        JsonNode month = progress.json().get("totals").get(now.getMonthValue() - 1);
        long[] rollup = UpdateWorld.rollup(REGION, now);
        assertThat(month.get("due").getLongValue()).isEqualTo(rollup[0]);
        assertThat(month.get("done").getLongValue()).isEqualTo(rollup[1]);
        assertThat(progress.json().get("centres").values()).extracting(c -> c.get("centreName").getStringValue())
                .contains("大森地域包括支援センター", "入新井地域包括支援センター");
        assertThat(world.registry().staff().get(world.registry().path("/updates/progress")).status()).isEqualTo(200);
    }

    @Test
    void theStatsRoleReadsTheRollupAndTheAppRoleDoesNot() throws SQLException {
        world.bornIn(now, "統計 一子", "トウケイ イチコ");
        world.worklist(now);
        try (Connection stats = TestDatabase.get().connect(EmbeddedDatabase.STATS); Statement st = stats.createStatement()) {
            var rs = st.executeQuery("select sum(due_count) from update_completion_counts where region_id = '" + REGION + "'");
            rs.next();
            assertThat(rs.getLong(1)).isPositive();
            assertThatThrownBy(() -> st.executeQuery("select count(*) from birth_month_cycles")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeQuery("select count(*) from update_contacts")).hasMessageContaining("permission denied");
        }
        try (Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP); Statement st = app.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery("select count(*) from update_completion_counts"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("delete from update_contacts")).hasMessageContaining("permission denied");
        }
    }

    private void changeStatus(long registrant, String status, String reason) {
        Api.Reply reply = world.registry().staff().post(world.registry().path("/registrants/" + registrant + "/status"),
                "{\"status\":\"" + status + "\",\"effectiveOn\":\"" + UpdateWorld.today() + "\",\"reason\":\"" + reason
                        + "\",\"version\":" + world.version(registrant) + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
