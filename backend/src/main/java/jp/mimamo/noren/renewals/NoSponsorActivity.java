package jp.mimamo.noren.renewals;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;

import java.sql.Connection;
import java.util.List;

/** No activity recorded anywhere: the report says so. Gives way to any other {@link SponsorActivitySource}. */
@Singleton
@Secondary
class NoSponsorActivity implements SponsorActivitySource {
    @Override
    public List<SponsorActivity> activities(Connection connection, String region, long sponsorId, FiscalYear year) {
        return List.of();
    }
}
