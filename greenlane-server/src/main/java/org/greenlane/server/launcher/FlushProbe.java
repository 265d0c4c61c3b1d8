package org.greenlane.server.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures how long the disk takes to make a small write durable while a benchmark runs: every
 * 20 ms it rewrites 4 KiB of a file beside the database and waits for {@code fdatasync}, as a
 * commit waits for the WAL flush. A latency tail of the benchmark that lines up with slow
 * flushes here comes from the storage, not from the platform (docs/benchmarks.md, decision 074).
 */
final class FlushProbe implements AutoCloseable {

    private static final long INTERVAL_NANOS = 20_000_000L;
    private static final int MAX_SAMPLES = 60_000;

    private final Path file;
    private final Thread thread;
    private final long[] latencies = new long[MAX_SAMPLES];
    private volatile boolean running = true;
    private volatile int count;
    private volatile IOException failure;

    private FlushProbe(Path file) {
        this.file = file;
        this.thread = new Thread(this::probe, "bench-flush-probe");
        this.thread.setDaemon(true);
    }

    /** Starts probing in {@code directory}, which should be on the database's file system. */
    static FlushProbe start(Path directory) {
        FlushProbe probe = new FlushProbe(directory.resolve("flush-probe.bin"));
        probe.thread.start();
        return probe;
    }

    private void probe() {
        ByteBuffer page = ByteBuffer.allocateDirect(4096);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long next = System.nanoTime();
            while (running && count < MAX_SAMPLES) {
                page.clear();
                page.putLong(0, next);
                long started = System.nanoTime();
                channel.write(page, 0);
                channel.force(false);
                latencies[count] = System.nanoTime() - started;
                count++;
                next += INTERVAL_NANOS;
                long wait;
                while (running && (wait = next - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Stops probing and describes the flushes seen, e.g. "150 flushes, p50 0.3 ms, max 212.4 ms, 2 ≥ 50 ms". */
    String stop() {
        halt();
        if (failure != null) {
            return "no flush probe (" + failure.getMessage() + ")";
        }
        long[] seen = Arrays.copyOf(latencies, count);
        if (seen.length == 0) {
            return "no flush measured";
        }
        Arrays.sort(seen);
        long slow = Arrays.stream(seen).filter(nanos -> nanos >= 50_000_000L).count();
        return String.format(Locale.ROOT, "%d flushes, p50 %.1f ms, max %.1f ms, %d ≥ 50 ms", seen.length,
                seen[seen.length / 2] / 1e6, seen[seen.length - 1] / 1e6, slow);
    }

    private void halt() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        halt();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
