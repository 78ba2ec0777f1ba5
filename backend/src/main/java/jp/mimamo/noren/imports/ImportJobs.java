package jp.mimamo.noren.imports;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that apply imports in the background (the roster's and the registry's): two at a time for the whole
 * server, each holding one database connection (and briefly a second one for its progress) while it runs.
 */
@Singleton
public class ImportJobs {
    static final int THREADS = 2;
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, job -> {
        Thread thread = new Thread(job, "import-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public void submit(Runnable job) {
        executor.execute(job);
    }

    @PreDestroy
    void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
