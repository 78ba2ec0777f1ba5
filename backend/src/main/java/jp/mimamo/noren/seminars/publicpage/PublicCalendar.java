package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.seminars.SeminarChanged;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public calendar of each region, kept in memory as the JSON it is served as, with its ETag, for a few
 * seconds ({@code calendarTtl}). A {@link SeminarChanged} for the region drops it at once; a page being built while
 * a change arrives is not kept, so the cache never holds what was read before the last change. The seats-left
 * figures may thus lag by at most the TTL (on another instance) — an application itself always counts the seats
 * under the session's lock.
 */
@Singleton
class PublicCalendar {
    private final PublicEvents events;
    private final RegionDirectory regions;
    private final JsonMapper json;
    private final PublicPageSettings settings;
    private final Clock clock = Clock.system(PublicEvents.ZONE);
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    PublicCalendar(PublicEvents events, RegionDirectory regions, JsonMapper json, PublicPageSettings settings) {
        this.events = events;
        this.regions = regions;
        this.json = json;
        this.settings = settings;
    }

    /** The calendar as served: the JSON body and its strong ETag. */
    record Page(byte[] body, String etag, Instant until) {
    }

    Page page(String regionCode) {
        Page page = pages.get(regionCode);
        Instant now = clock.instant();
        if (page != null && page.until().isAfter(now)) {
            return page;
        }
        Region region = regions.find(regionCode).orElseThrow(ProblemException::notFound);
        AtomicLong generation = generations.computeIfAbsent(regionCode, k -> new AtomicLong());
        long before = generation.get();
        PublicCalendarView view = new PublicCalendarView(region.code(), region.name(),
                events.upcoming(region.code(), LocalDateTime.now(clock), settings.calendarDays()));
        byte[] body = write(view);
        Page built = new Page(body, etag(body), now.plus(settings.calendarTtl()));
        if (generation.get() == before) {
            pages.put(regionCode, built);
            if (generation.get() != before) {
                pages.remove(regionCode, built);
            }
        }
        return built;
    }

    @EventListener
    void onChange(SeminarChanged change) {
        generations.computeIfAbsent(change.regionCode(), k -> new AtomicLong()).incrementAndGet();
        pages.remove(change.regionCode());
    }

    private byte[] write(PublicCalendarView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
