package jp.mimamo.noren.sponsors;

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
import jp.mimamo.noren.shared.HistoryEntry;
import jp.mimamo.noren.shared.Page;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

@Controller("/api/v1/regions/{region}/sponsors")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class SponsorController {
    private final SponsorService sponsors;

    SponsorController(SponsorService sponsors) {
        this.sponsors = sponsors;
    }

    @Get
    Page<SponsorSummary> search(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                @Nullable @QueryValue String q, @Nullable @QueryValue String category,
                                @Nullable @QueryValue String status, @Nullable @QueryValue String sort,
                                @Nullable @QueryValue String dir, @Nullable @QueryValue Integer page,
                                @Nullable @QueryValue Integer size) {
        return sponsors.search(scope, SponsorQuery.of(q, category, status, sort, dir, page, size, localeOf(request)));
    }

    @Get("/counts")
    List<CategoryCount> counts(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return sponsors.counts(scope);
    }

    @Get("/{id}")
    SponsorView get(@Parameter(hidden = true) @InRegion CurrentRegion scope, long id) {
        return sponsors.get(scope, id);
    }

    @Get("/{id}/history")
    List<HistoryEntry> history(@Parameter(hidden = true) @InRegion CurrentRegion scope, long id) {
        return sponsors.history(scope, id);
    }

    @Post
    @Secured(Roles.REGION_ADMIN)
    HttpResponse<SponsorView> register(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, @Body SponsorForm form) {
        return HttpResponse.created(sponsors.register(scope, form, localeOf(request)));
    }

    @Put("/{id}")
    @Secured(Roles.REGION_ADMIN)
    SponsorView edit(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long id, @Body SponsorForm form) {
        return sponsors.edit(scope, id, form, localeOf(request));
    }

    @Post("/{id}/archive")
    @Secured(Roles.REGION_ADMIN)
    SponsorView archive(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long id, @Body VersionForm form) {
        return sponsors.archive(scope, id, form.version(), true, localeOf(request));
    }

    @Post("/{id}/restore")
    @Secured(Roles.REGION_ADMIN)
    SponsorView restore(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long id, @Body VersionForm form) {
        return sponsors.archive(scope, id, form.version(), false, localeOf(request));
    }
}
