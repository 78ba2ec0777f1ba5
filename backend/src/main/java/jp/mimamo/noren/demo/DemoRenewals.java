package jp.mimamo.noren.demo;

import jp.mimamo.noren.renewals.PaymentForm;
import jp.mimamo.noren.renewals.RenewalCampaign;
import jp.mimamo.noren.renewals.SponsorshipForm;
import jp.mimamo.noren.renewals.SponsorshipView;
import jp.mimamo.noren.renewals.Sponsorships;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.tenancy.CurrentRegion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Last year's answers and a campaign under way for a demo region: most sponsors renewed last year and some
 * declined; this year two in three have answered and half of those have paid.
 */
final class DemoRenewals {
    private static final List<String> BENEFITS = List.of("会報誌にロゴ掲載", "セミナー会場でのブース出展", "地域づくりセミナーの講師枠");

    private DemoRenewals() {
    }

    static void seed(CurrentRegion region, List<Long> sponsorIds, Sponsorships sponsorships, RenewalCampaign campaign) {
        FiscalYear thisYear = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo")));
        int lastYear = thisYear.previous().startYear();
        for (int i = 0; i < sponsorIds.size(); i++) {
            String status = i % 7 == 3 ? "declined" : "renewed";
            sponsorships.decide(region, sponsorIds.get(i), lastYear, new SponsorshipForm(status, 1 + i % 3,
                    List.of(BENEFITS.get(i % BENEFITS.size())), null, "前年度の実績（デモデータ）", null), Locale.JAPANESE);
        }
        campaign.open(region, thisYear.startYear(), Locale.JAPANESE);
        for (int i = 0; i < sponsorIds.size(); i++) {
            if (i % 3 == 0) {
                continue;
            }
            String status = i % 7 == 3 ? "declined" : "renewed";
            SponsorshipView answered = sponsorships.decide(region, sponsorIds.get(i), thisYear.startYear(),
                    new SponsorshipForm(status, 1 + i % 3, List.of(BENEFITS.get(i % BENEFITS.size())), null, null, 0), Locale.JAPANESE);
            if (status.equals("renewed") && i % 2 == 0) {
                sponsorships.recordMoney(region, sponsorIds.get(i), thisYear.startYear(), new PaymentForm(
                        thisYear.firstDay().plusDays(30 + i), i % 4 == 0 ? "cash" : "transfer", answered.fee(), null,
                        answered.version()), Locale.JAPANESE);
            }
        }
    }
}
