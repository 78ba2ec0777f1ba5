package jp.mimamo.noren.lookups;

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

/** Responder organisations (hospitals, police, fire): kept, approved and staffed by the region admin. */
@Controller("/api/v1/regions/{region}/responder-organisations")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class ResponderOrganisationController {
    private final ResponderOrganisations organisations;

    ResponderOrganisationController(ResponderOrganisations organisations) {
        this.organisations = organisations;
    }

    @Get
    List<OrganisationView> list(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return organisations.list(scope);
    }

    @Post
    HttpResponse<OrganisationView> create(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                          @Body OrganisationForm form) {
        return HttpResponse.created(organisations.create(scope, form, localeOf(request)));
    }

    @Put("/{organisationId}")
    OrganisationView edit(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                          long organisationId, @Body OrganisationForm form) {
        return organisations.edit(scope, organisationId, form, localeOf(request));
    }

    @Delete("/{organisationId}")
    HttpResponse<Void> delete(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                              long organisationId, @Nullable @QueryValue Integer version) {
        organisations.delete(scope, organisationId, version, localeOf(request));
        return HttpResponse.noContent();
    }

    @Get("/{organisationId}/members")
    List<ResponderMember> members(@Parameter(hidden = true) @InRegion CurrentRegion scope, long organisationId) {
        return organisations.members(scope, organisationId);
    }

    @Put("/{organisationId}/members/{username}")
    ResponderMember assign(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                           long organisationId, String username) {
        return organisations.assign(scope, organisationId, username, localeOf(request));
    }

    @Delete("/{organisationId}/members/{username}")
    HttpResponse<Void> unassign(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                long organisationId, String username) {
        organisations.unassign(scope, organisationId, username, localeOf(request));
        return HttpResponse.noContent();
    }
}
