package jp.mimamo.noren.lookups;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key over the last 60 seconds (a sliding window of timestamps). It lives in this instance's
 * memory: with N instances behind a balancer a responder gets up to N times the limit, which still stops
 * enumeration (docs/adr/0013).
 */
@Singleton
class SlidingWindowLimiter {
    static final long WINDOW_MILLIS = 60_000;
    private static final int SWEEP_EVERY = 10_000;

    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private int calls;

    SlidingWindowLimiter() {
        this(Clock.systemUTC());
    }

    SlidingWindowLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one attempt for {@code key}; false when {@code limit} attempts were already taken in the window. */
    boolean tryAcquire(String key, int limit) {
        if (limit <= 0) {
            return true;
        }
        long now = clock.millis();
        Deque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        boolean allowed;
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MILLIS) {
                window.pollFirst();
            }
            allowed = window.size() < limit;
            if (allowed) {
                window.addLast(now);
            }
        }
        if (++calls % SWEEP_EVERY == 0) {
            sweep(now);
        }
        return allowed;
    }

    private void sweep(long now) {
        windows.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Long last = e.getValue().peekLast();
                return last == null || last <= now - WINDOW_MILLIS;
            }
        });
    }
}
