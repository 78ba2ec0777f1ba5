package jp.mimamo.noren.rosterfiles;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that apply imports in the background: two at a time for the whole server, each holding one database
 * connection (and briefly a second one for its progress) while it runs.
 */
@Singleton
class RosterJobs {
    static final int THREADS = 2;
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, job -> {
        Thread thread = new Thread(job, "roster-import-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    void submit(Runnable job) {
        executor.execute(job);
    }

    @PreDestroy
    void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
