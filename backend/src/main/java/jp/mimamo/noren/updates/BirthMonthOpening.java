package jp.mimamo.noren.updates;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.YearMonth;

/**
 * Opens every region's cycles of the month as it begins, so head office's rollup counts a month's due updates even
 * where nobody has opened the worklist yet. Each region is bound explicitly in its own transaction.
 */
@Singleton
class BirthMonthOpening {
    private static final Logger LOG = LoggerFactory.getLogger(BirthMonthOpening.class);
    private final RegionDirectory regions;
    private final RegionDatabase database;

    BirthMonthOpening(RegionDirectory regions, RegionDatabase database) {
        this.regions = regions;
        this.database = database;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void openEverywhere() {
        YearMonth now = UpdateMonth.current();
        for (Region region : regions.all()) {
            int opened = database.inRegion(region.code(), c -> UpdateCycles.openForRegion(c, region.code(), now));
            if (opened > 0) {
                LOG.info("Opened {} birth-month updates in {}", opened, region.code());
            }
        }
    }
}
