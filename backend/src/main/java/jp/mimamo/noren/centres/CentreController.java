package jp.mimamo.noren.centres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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

/** Centres: everyone of the region's staff reads them; the region admin keeps them and assigns the staff. */
@Controller("/api/v1/regions/{region}/centres")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class CentreController {
    private final Centres centres;

    CentreController(Centres centres) {
        this.centres = centres;
    }

    @Get
    @Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
    List<CentreView> list(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return centres.list(scope);
    }

    @Get("/{id}")
    @Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
    CentreView get(@Parameter(hidden = true) @InRegion CurrentRegion scope, long id) {
        return centres.get(scope, id);
    }

    @Post
    HttpResponse<CentreView> create(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                    @Body CentreForm form) {
        return HttpResponse.created(centres.create(scope, form, localeOf(request)));
    }

    @Put("/{id}")
    CentreView edit(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long id,
                    @Body CentreForm form) {
        return centres.edit(scope, id, form, localeOf(request));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long id,
                              @Nullable @QueryValue Integer version) {
        centres.delete(scope, id, version, localeOf(request));
        return HttpResponse.noContent();
    }

    @Get("/{id}/staff")
    List<StaffMember> staff(@Parameter(hidden = true) @InRegion CurrentRegion scope, long id) {
        return centres.staff(scope, id);
    }

    @Put("/{id}/staff/{username}")
    StaffMember assign(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long id,
                       String username) {
        return centres.assign(scope, id, username, localeOf(request));
    }

    @Delete("/{id}/staff/{username}")
    HttpResponse<Void> unassign(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long id,
                                String username) {
        centres.unassign(scope, id, username, localeOf(request));
        return HttpResponse.noContent();
    }
}
