package jp.mimamo.noren.renewals;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.sponsors.SponsorFixtures;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A feature that records seminars contributes them to the report by providing a {@link SponsorActivitySource}. */
@MicronautTest
@Property(name = "test.seminar-source", value = "true")
class ActivityReportSourceTest extends ApiTestBase {
    private static final String REGION = "seminar-town";
    private static final int YEAR = ActivityReportsTest.YEAR;

    /** What the seminars feature will provide: this bean takes the place of {@link NoSponsorActivity}. */
    @Singleton
    @Requires(property = "test.seminar-source", value = "true")
    static class Seminars implements SponsorActivitySource {
        @Override
        public List<SponsorActivity> activities(Connection connection, String region, long sponsorId, FiscalYear year) {
            return List.of(
                    new SponsorActivity(year.firstDay().plusMonths(1), "薬の飲み合わせと見守り", SponsorActivity.Role.SPEAKER, 32),
                    new SponsorActivity(year.firstDay().plusMonths(6), "認知症カフェ", SponsorActivity.Role.HOST, 18));
        }
    }

    @Test
    void theReportListsTheSeminarsWithTheirParticipants() throws Exception {
        regions.ensure(new Region(REGION, "みま～もセミナー町", "Seminar Town"));
        Api admin = api().as(TestTokens.regionAdmin(REGION));
        long sponsor = admin.post("/api/v1/regions/" + REGION + "/sponsors", SponsorFixtures.aPharmacy().json()).json().get("id").getLongValue();
        admin.put("/api/v1/regions/" + REGION + "/sponsors/" + sponsor + "/sponsorships/" + YEAR,
                "{\"status\":\"renewed\",\"units\":1,\"reason\":\"紙の台帳から移行\"}");

        String text = ActivityReportsTest.text(admin.bytes("GET", "/api/v1/regions/" + REGION + "/sponsors/" + sponsor
                + "/sponsorships/" + YEAR + "/activity-report.pdf", null, null), 1);

        assertThat(text).contains("薬の飲み合わせと見守り", "講師", "32人", "認知症カフェ", "主催", "18人", "合計 2 回　参加者 延べ 50 人")
                .doesNotContain("記録はまだありません");
    }
}
