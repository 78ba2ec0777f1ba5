package jp.mimamo.noren.seminars.publicpage;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts applications per key (a client address, a form) in fixed windows, in memory. A second instance keeps its
 * own counts, so the limits hold per instance; that is enough to blunt a flood from one place.
 */
@Singleton
class RateLimits {
    private static final int PURGE_ABOVE = 10_000;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {
    }

    /**
     * Counts one attempt for the key.
     *
     * @return empty when within the limit, otherwise how long until the window ends
     */
    java.util.Optional<Duration> attempt(String key, int limit, Duration window, Instant now) {
        if (windows.size() > PURGE_ABOVE) {
            windows.values().removeIf(w -> w.start().plus(window).isBefore(now));
        }
        Window counted = windows.compute(key, (k, w) -> w == null || !w.start().plus(window).isAfter(now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (counted.count() <= limit) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Duration.between(now, counted.start().plus(window)));
    }
}
