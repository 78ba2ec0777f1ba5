package jp.mimamo.noren.statistics;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;

/** Head office compares regions on aggregates; nothing here can return a region's records. */
@Controller("/api/v1/hq")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.HEAD_OFFICE)
class HeadOfficeController {
    private final FranchiseStatistics statistics;

    HeadOfficeController(FranchiseStatistics statistics) {
        this.statistics = statistics;
    }

    @Get("/regions")
    List<Region> regions() {
        return statistics.regions();
    }

    @Get("/statistics/sponsor-counts")
    SponsorCountsReport sponsorCounts() {
        return statistics.sponsorCounts();
    }
}
