package jp.mimamo.noren.seminars;

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
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.time.LocalDate;
import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** Planning: venues, seminars and course series, their sessions; staff read, the region admin plans. */
@Controller("/api/v1/regions/{region}")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class SeminarController {
    private final Venues venues;
    private final Seminars seminars;
    private final SeminarStatistics statistics;
    private final SponsorSeminarActivity activity;
    private final SessionCancellations cancellations;

    SeminarController(Venues venues, Seminars seminars, SeminarStatistics statistics, SponsorSeminarActivity activity,
                      SessionCancellations cancellations) {
        this.venues = venues;
        this.cancellations = cancellations;
        this.seminars = seminars;
        this.statistics = statistics;
        this.activity = activity;
    }

    @Get("/seminar-venues")
    List<VenueView> venues(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return venues.list(scope);
    }

    @Post("/seminar-venues")
    @Secured(Roles.REGION_ADMIN)
    HttpResponse<VenueView> createVenue(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, @Body VenueForm form) {
        return HttpResponse.created(venues.create(scope, form, localeOf(request)));
    }

    @Put("/seminar-venues/{venueId}")
    @Secured(Roles.REGION_ADMIN)
    VenueView editVenue(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long venueId, @Body VenueForm form) {
        return venues.edit(scope, venueId, form, localeOf(request));
    }

    @Get("/seminars")
    List<SeminarSummary> list(@Parameter(hidden = true) @InRegion CurrentRegion scope, @Nullable @QueryValue String q) {
        return seminars.list(scope, q);
    }

    @Get("/seminar-calendar")
    List<CalendarEntry> calendar(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                 @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to) {
        return seminars.calendar(scope, from, to, localeOf(request));
    }

    @Post("/seminars")
    @Secured(Roles.REGION_ADMIN)
    HttpResponse<SeminarView> create(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, @Body SeminarForm form) {
        return HttpResponse.created(seminars.create(scope, form, localeOf(request)));
    }

    @Get("/seminars/{seminarId}")
    SeminarView get(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long seminarId) {
        return seminars.get(scope, seminarId, localeOf(request));
    }

    @Put("/seminars/{seminarId}")
    @Secured(Roles.REGION_ADMIN)
    SeminarView update(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long seminarId,
                       @Body SeminarForm form) {
        return seminars.update(scope, seminarId, form, localeOf(request));
    }

    @Post("/seminars/{seminarId}/sessions")
    @Secured(Roles.REGION_ADMIN)
    HttpResponse<SessionView> addSession(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long seminarId,
                                         @Body SessionForm form) {
        return HttpResponse.created(seminars.addSession(scope, seminarId, form, localeOf(request)));
    }

    @Put("/seminar-sessions/{sessionId}")
    @Secured(Roles.REGION_ADMIN)
    SessionChange moveSession(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long sessionId,
                              @Body SessionForm form) {
        return seminars.moveSession(scope, sessionId, form, localeOf(request));
    }

    /** Calls a session off before it starts; staff as well as the admin, since it is often decided on the day before. */
    @Post("/seminar-sessions/{sessionId}/cancel")
    SessionChange cancelSession(@Parameter(hidden = true) @InRegion CurrentRegion scope, long sessionId) {
        return cancellations.cancel(scope, sessionId);
    }

    @Get("/seminars/{seminarId}/participation")
    ParticipationReport participation(@Parameter(hidden = true) @InRegion CurrentRegion scope, long seminarId) {
        return statistics.participation(scope, seminarId);
    }

    @Get("/seminar-statistics/years/{year}")
    YearReport year(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, int year) {
        return statistics.year(scope, year, localeOf(request));
    }

    @Get("/seminar-statistics/lapsed")
    List<LapsedParticipant> lapsed(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                   @Nullable @QueryValue Integer weeks) {
        return statistics.lapsed(scope, weeks == null ? 8 : weeks, localeOf(request));
    }

    @Get("/sponsors/{sponsorId}/seminar-activity")
    List<SponsorSeminarActivity.Line> sponsorActivity(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                                       long sponsorId, @Nullable @QueryValue Integer year) {
        FiscalYear fiscalYear = year == null ? FiscalYear.of(LocalDate.now(SeminarTime.ZONE)) : yearOf(year, request);
        return activity.of(scope, sponsorId, fiscalYear);
    }

    private static FiscalYear yearOf(int year, HttpRequest<?> request) {
        if (year < FiscalYear.EARLIEST || year > FiscalYear.LATEST) {
            FormErrors errors = new FormErrors(localeOf(request));
            errors.reject("year", "validation.range", FiscalYear.EARLIEST, FiscalYear.LATEST);
            errors.throwIfAny();
        }
        return new FiscalYear(year);
    }
}
