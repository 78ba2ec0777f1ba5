package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most so many applications an hour from one address (per instance); more are 429 in Japanese. */
@Singleton
class SubmissionLimit {
    private static final Duration WINDOW = Duration.ofHours(1);
    private final int perHour;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubmissionLimit(OnboardingSettings settings) {
        this.perHour = settings.applicationsPerHour();
    }

    void take(String address, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(address == null ? "?" : address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.removeFirst();
            }
            if (times.size() >= perHour) {
                throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "onboarding.form.tooMany");
            }
            times.addLast(now);
        }
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
    }
}
