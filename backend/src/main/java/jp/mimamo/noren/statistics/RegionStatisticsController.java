package jp.mimamo.noren.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** A region admin's view of head office's figures (本部の集計と比べる) and the population figure the region enters. */
@Controller("/api/v1/regions/{region}/statistics")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class RegionStatisticsController {
    private final RegionComparisons comparisons;
    private final PopulationSettings population;

    RegionStatisticsController(RegionComparisons comparisons, PopulationSettings population) {
        this.comparisons = comparisons;
        this.population = population;
    }

    @Get("/comparison")
    RegionComparison comparison(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                @Nullable @QueryValue Integer year) {
        return comparisons.of(scope, year, localeOf(request));
    }

    @Get("/population")
    PopulationSetting population(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return population.get(scope);
    }

    @Put("/population")
    PopulationSetting savePopulation(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                     @Body PopulationSetting form) {
        return population.save(scope, form, localeOf(request));
    }
}
