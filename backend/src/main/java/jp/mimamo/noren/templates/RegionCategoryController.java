package jp.mimamo.noren.templates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** The categories a region may file its sponsors under, and the admin's own view of them (hide, own label). */
@Controller("/api/v1/regions/{region}/sponsor-categories")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class RegionCategoryController {
    private final RegionCategories categories;

    RegionCategoryController(RegionCategories categories) {
        this.categories = categories;
    }

    @Get
    List<RegionCategoryView> list(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return categories.forRegion(scope);
    }

    @Get("/overrides")
    @Secured(Roles.REGION_ADMIN)
    List<CategoryOverrideView> overrides(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return categories.overrides(scope);
    }

    @Put("/{code}/override")
    @Secured(Roles.REGION_ADMIN)
    CategoryOverrideView override(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, String code,
                                  @Body CategoryOverrideForm form) {
        return categories.override(scope, code, form, localeOf(request));
    }

    @Delete("/{code}/override")
    @Secured(Roles.REGION_ADMIN)
    CategoryOverrideView revert(@Parameter(hidden = true) @InRegion CurrentRegion scope, String code, @Nullable @QueryValue Integer version) {
        return categories.revert(scope, code, version);
    }
}
