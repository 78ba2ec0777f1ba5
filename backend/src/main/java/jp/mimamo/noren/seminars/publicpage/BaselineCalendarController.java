package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For load measurements only ({@code noren.public-page.benchmark-baseline}, off by default): the region's calendar
 * as first built, served ever after from memory through the same HTTP stack, with no database and no cache expiry
 * behind it — the ceiling the real endpoint is compared with.
 */
@Controller("/api/v1/public/baseline/regions/{regionCode}")
@ExecuteOn(TaskExecutors.IO)
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "noren.public-page.benchmark-baseline", value = "true")
class BaselineCalendarController {
    private final PublicCalendar calendar;
    private final PublicPageSettings settings;
    private final Map<String, PublicCalendar.Page> frozen = new ConcurrentHashMap<>();

    BaselineCalendarController(PublicCalendar calendar, PublicPageSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    @Get("/events")
    HttpResponse<?> events(String regionCode, HttpRequest<?> request) {
        return PublicCalendarController.serve(frozen.computeIfAbsent(regionCode, calendar::page), request,
                settings.calendarTtl().toSeconds());
    }
}
