package jp.mimamo.noren.seminars;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seminar formats a new seminar starts from: head office's list, or the region's own. */
@MicronautTest
class SeminarFormatsTest extends ApiTestBase {
    private static final String REGION = "format-town";
    private static final String FORMATS = "/api/v1/regions/" + REGION + "/seminar-formats";

    @BeforeAll
    void aRegion() {
        regions.ensure(new Region(REGION, "形式町見守りネットワーク", "Format Town"));
    }

    @Test
    void headOfficesFormatsUntilTheRegionKeepsItsOwnAndALineThatIsNotAFormatIsLeftOut() {
        Api staff = api().as(TestTokens.centreStaff(REGION));
        JsonNode shared = staff.get(FORMATS).json();
        assertThat(shared.get("version").getStringValue()).matches("第\\d+版");
        JsonNode first = shared.get("formats").get(0);
        assertThat(first.get("name").getStringValue()).isEqualTo("地域づくりセミナー");
        assertThat(first.get("durationMinutes").getIntValue()).isEqualTo(120);
        assertThat(first.get("capacity").getIntValue()).isEqualTo(40);
        assertThat(shared.get("formats").values()).anySatisfy(f -> assertThat(f.get("name").getStringValue()).isEqualTo("体操教室"));

        Api admin = api().as(TestTokens.regionAdmin(REGION));
        int version = admin.get("/api/v1/regions/" + REGION + "/document-templates/seminar-formats").json().get("shared").get("version").getIntValue();
        Api.Reply own = admin.put("/api/v1/regions/" + REGION + "/document-templates/seminar-formats/override",
                "{\"body\":\"形式町の健康麻雀｜９０｜１２｜頭の体操です。\\n定員の書き忘れ｜60\\n\\n散歩の会|45|15\",\"revision\":0,\"baseVersion\":"
                        + version + "}");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);

        JsonNode mine = staff.get(FORMATS).json();
        assertThat(mine.get("version").getStringValue()).isEqualTo("第" + version + "版・地域改訂1");
        assertThat(mine.get("formats").size()).isEqualTo(2);
        assertThat(mine.get("formats").get(0).get("name").getStringValue()).isEqualTo("形式町の健康麻雀");
        assertThat(mine.get("formats").get(0).get("durationMinutes").getIntValue()).isEqualTo(90);
        assertThat(mine.get("formats").get(0).get("capacity").getIntValue()).isEqualTo(12);
        assertThat(mine.get("formats").get(1).get("description").getStringValue()).isEmpty();
    }
}
