package jp.mimamo.noren.updates;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** Head office's "birth-month update completion" is done over due of the fiscal year's months, moved by each contact. */
@MicronautTest
@Property(name = "noren.statistics.suppress-below", value = "1")
class UpdateCompletionFigureTest extends ApiTestBase {
    private static final String REGION = "figures-updates";
    private UpdateWorld world;
    private final YearMonth now = UpdateWorld.thisMonth();

    @BeforeAll
    void aRegion() {
        regions.ensure(new Region(REGION, "更新集計町", "Update Figures Town"));
        world = new UpdateWorld(RegistryWorld.in(api(), REGION));
    }

    private Double completion() {
        int year = FiscalYear.of(now.atDay(1)).startYear();
        JsonNode report = api().as(TestTokens.headOffice())
                .get("/api/v1/hq/statistics/figures?from=" + year + "&to=" + year + "&metrics=update-completion").json();
        for (JsonNode cell : report.get("cells").values()) {
            if (cell.get("regionCode").getStringValue().equals(REGION)) {
                return cell.get("value").isNull() ? null : cell.get("value").getDoubleValue();
            }
        }
        throw new AssertionError("no cell for " + REGION + " in " + report);
    }

    @Test
    void eachContactMovesTheFigure() {
        assertThat(completion()).as("nothing due yet").isNull();
        long first = world.bornIn(now, "完了 一子", "カンリョウ イチコ");
        long second = world.bornIn(now, "完了 二子", "カンリョウ ニコ");
        world.worklist(now);
        assertThat(completion()).isEqualTo(0.0);
        assertThat(world.contact(first, "visit", "no-change", "").status()).isEqualTo(201);
        assertThat(completion()).isEqualTo(0.5);
        assertThat(world.contact(second, "phone", "unreachable", "").status()).isEqualTo(201);
        assertThat(completion()).as("an unreachable resident is still due").isEqualTo(0.5);
    }
}
