package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jp.mimamo.noren.seminars.OnlineApplications;
import jp.mimamo.noren.seminars.ParticipantForm;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemResponses;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDirectory;

import java.time.Instant;
import java.util.Locale;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/**
 * The region's public calendar and the residents' own applications, without signing in. Only these routes are
 * open: the calendar is cached and carries an ETag, the application form is guarded by {@link ApplicationGuard}.
 */
@Controller("/api/v1/public/regions/{regionCode}")
@ExecuteOn(TaskExecutors.IO)
@Secured(SecurityRule.IS_ANONYMOUS)
class PublicCalendarController {
    private final PublicCalendar calendar;
    private final RegionDirectory regions;
    private final FormTokens tokens;
    private final ApplicationGuard guard;
    private final OnlineApplications applications;
    private final PublicPageSettings settings;

    PublicCalendarController(PublicCalendar calendar, RegionDirectory regions, FormTokens tokens, ApplicationGuard guard,
                             OnlineApplications applications, PublicPageSettings settings) {
        this.calendar = calendar;
        this.regions = regions;
        this.tokens = tokens;
        this.guard = guard;
        this.applications = applications;
        this.settings = settings;
    }

    @Get("/events")
    HttpResponse<?> events(String regionCode, HttpRequest<?> request) {
        return serve(calendar.page(regionCode), request, settings.calendarTtl().toSeconds());
    }

    @Get("/application-form")
    FormTokenView applicationForm(String regionCode) {
        region(regionCode);
        return new FormTokenView(tokens.issue(regionCode, Instant.now()));
    }

    @Post("/events/{sessionId}/applications")
    HttpResponse<?> apply(String regionCode, long sessionId, HttpRequest<?> request, @Body PublicApplicationForm form) {
        Region region = region(regionCode);
        Locale locale = localeOf(request);
        try {
            guard.check(request, regionCode, form, Instant.now(), locale);
        } catch (ApplicationGuard.TooManyRequests e) {
            return ProblemResponses.of(request, e.problem).header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds));
        }
        ParticipantForm person = new ParticipantForm(form.name(), form.nameKana(), form.phone(), form.email());
        return HttpResponse.created(applications.apply(region, sessionId, person, form.answers(), locale))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The calendar body with its validators; a matching If-None-Match is answered 304 without the body. */
    static HttpResponse<?> serve(PublicCalendar.Page page, HttpRequest<?> request, long maxAgeSeconds) {
        String cacheControl = "public, max-age=" + maxAgeSeconds;
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.trim().equals("*"))) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, page.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return HttpResponse.ok(page.body()).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, page.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    private Region region(String code) {
        return regions.find(code).orElseThrow(ProblemException::notFound);
    }
}
