package jp.mimamo.noren.templates;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;

/** The categories a region may file its sponsors under. */
@Controller("/api/v1/regions/{region}/sponsor-categories")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class RegionCategoryController {
    private final SponsorCategories categories;

    RegionCategoryController(SponsorCategories categories) {
        this.categories = categories;
    }

    @Get
    List<RegionCategoryView> list(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return categories.active();
    }
}
