package jp.mimamo.noren.documents;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Not a test: writes N renewal letters (default 500) as one PDF and prints the time, the file size, the peak heap
 * and the live heap (after a full GC) when 10 %, 50 % and 100 % of the letters are drawn — flat memory means the
 * last three barely differ. The target is 500 letters in under 30 s. Run it from backend/ after a test-compile:
 * {@code java -Xmx64m -cp target/test-classes:target/classes:<test classpath> jp.mimamo.noren.documents.LetterBenchmark [count] [out.pdf]}
 */
public final class LetterBenchmark {
    private LetterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path target = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("letters", ".pdf");
        Probe probe = new Probe(count);
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            MailMerge.write(out, probe.watching(RenewalLetterFixtures.numbered(count)));
        }
        double seconds = (System.nanoTime() - start - probe.gcNanos) / 1e9;
        System.out.printf("%d letters in %.2f s, %,d bytes, peak heap %.1f MiB (max %d MiB), live heap at 10/50/100 %%: %s -> %s%n",
                count, seconds, Files.size(target), peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576,
                probe.live, target);
        if (args.length < 2) {
            Files.delete(target);
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap ever in use, garbage included. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Measures the live heap after a full GC at three points of the merge; the GCs' time is not counted. */
    private static final class Probe {
        private final List<Integer> checkpoints;
        private final List<String> live = new ArrayList<>();
        private long gcNanos;

        Probe(int count) {
            checkpoints = List.of(Math.max(1, count / 10), Math.max(1, count / 2), count);
        }

        <T> Iterable<T> watching(Iterable<T> items) {
            return () -> new Iterator<>() {
                private final Iterator<T> inner = items.iterator();
                private int taken;

                @Override
                public boolean hasNext() {
                    if (checkpoints.contains(taken) && live.size() < checkpoints.indexOf(taken) + 1) {
                        measure();
                    }
                    return inner.hasNext();
                }

                @Override
                public T next() {
                    taken++;
                    return inner.next();
                }
            };
        }

        private void measure() {
            long before = System.nanoTime();
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            live.add(String.format("%.1f MiB", (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0));
            gcNanos += System.nanoTime() - before;
        }
    }
}
