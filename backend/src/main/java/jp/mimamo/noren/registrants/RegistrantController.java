package jp.mimamo.noren.registrants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.audit.AccessRecord;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.shared.Page;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/**
 * The registry, for the region's centre staff and its admin (how much each sees: {@link RegistrantAccess}).
 * Head office and responders are refused here before anything is read.
 */
@Controller("/api/v1/regions/{region}")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class RegistrantController {
    private final Registrants registrants;
    private final RegistrySettingsStore settings;

    RegistrantController(Registrants registrants, RegistrySettingsStore settings) {
        this.registrants = registrants;
        this.settings = settings;
    }

    @Get("/registrants")
    Page<RegistrantSummary> search(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                   @Parameter(hidden = true) ClientInfo client, @Nullable @QueryValue String q,
                                   @Nullable @QueryValue Long centre, @Nullable @QueryValue String status,
                                   @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return registrants.search(scope, RegistrantQuery.of(q, centre, status, page, size, localeOf(request)), client);
    }

    /** {@code reason}: why another centre's staff or the admin needs the full record (kept in the access log). */
    @Get("/registrants/{id}")
    RegistrantView get(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                       @Parameter(hidden = true) ClientInfo client, long id, @Nullable @QueryValue String reason) {
        return registrants.get(scope, id, reason, client, localeOf(request));
    }

    @Post("/registrants")
    @Secured(Roles.CENTRE_STAFF)
    HttpResponse<RegistrantView> register(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                          @Parameter(hidden = true) ClientInfo client, @Body RegistrantForm form) {
        return HttpResponse.created(registrants.register(scope, form, client, localeOf(request)));
    }

    @Put("/registrants/{id}")
    @Secured(Roles.CENTRE_STAFF)
    RegistrantView edit(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                        @Parameter(hidden = true) ClientInfo client, long id, @Body RegistrantForm form) {
        return registrants.edit(scope, id, form, client, localeOf(request));
    }

    @Post("/registrants/{id}/status")
    @Secured(Roles.CENTRE_STAFF)
    RegistrantView changeStatus(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                @Parameter(hidden = true) ClientInfo client, long id, @Body StatusForm form) {
        return registrants.changeStatus(scope, id, form, client, localeOf(request));
    }

    @Get("/registrants/{id}/access-log")
    List<AccessRecord> whoLooked(@Parameter(hidden = true) @InRegion CurrentRegion scope,
                                 @Parameter(hidden = true) ClientInfo client, long id) {
        return registrants.whoLooked(scope, id, client);
    }

    @Get("/registry-settings")
    @Secured(Roles.REGION_ADMIN)
    RegistrySettings settings(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return settings.get(scope);
    }

    @Put("/registry-settings")
    @Secured(Roles.REGION_ADMIN)
    RegistrySettings saveSettings(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                  @Body RegistrySettings form) {
        return settings.save(scope, form, localeOf(request));
    }
}
