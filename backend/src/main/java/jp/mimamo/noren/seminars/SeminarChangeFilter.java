package jp.mimamo.noren.seminars;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Announces a {@link SeminarChanged} for every successful write to a region's seminar routes (planning, sessions,
 * venues, applications, attendance), so that no single use case can forget to; the event follows the commit.
 */
@ServerFilter("/api/v1/regions/*/seminar*/**")
class SeminarChangeFilter {
    private static final String PREFIX = "/api/v1/regions/";
    private final ApplicationEventPublisher<SeminarChanged> events;

    SeminarChangeFilter(ApplicationEventPublisher<SeminarChanged> events) {
        this.events = events;
    }

    @ResponseFilter
    void announce(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD || response.code() >= 400) {
            return;
        }
        String rest = request.getPath().substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash > 0) {
            events.publishEvent(new SeminarChanged(rest.substring(0, slash)));
        }
    }
}
