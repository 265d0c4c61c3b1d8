package org.greenlane.server.launcher;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load over a fixed pool of keep-alive HTTPS connections, as wrk2 does: request
 * {@code i} is due at {@code start + i/rate} and leaves on the first connection that is free; its
 * latency counts from when it was due, so a request that waited for a connection behind slow
 * answers carries that wait (no coordinated omission). Bounded in count and in time; loopback only.
 */
final class OpenLoop {

    /** Sends request {@code i} on a connection and returns the response. */
    interface Call {
        KeepAliveHttps.Response send(KeepAliveHttps connection, int i) throws IOException;
    }

    /**
     * @param latencies     nanoseconds from each sent request's due time to its response, in send order
     * @param answeredPerSecond requests answered per second from the first due time to the last answer:
     *                          below the rate when the server cannot keep up
     */
    record Outcome(long[] latencies, int errors, Map<String, Integer> errorKinds, double answeredPerSecond) {

        double percentileMs(double fraction) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(fraction * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    private OpenLoop() {
    }

    static Outcome run(SSLContext tls, String host, int port, int connections, int rate, int requests, int expectedStatus,
                       Duration limit, Call call) throws InterruptedException {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> kinds = new ConcurrentHashMap<>();
        long interval = 1_000_000_000L / rate;
        // Connections are opened (TLS handshakes done) before the schedule starts, as wrk2 does.
        CountDownLatch connected = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        long[] schedule = new long[2];
        List<Thread> lanes = new ArrayList<>(connections);
        for (int lane = 0; lane < connections; lane++) {
            Thread thread = new Thread(() -> {
                try (KeepAliveHttps connection = new KeepAliveHttps(tls, host, port)) {
                    try {
                        connection.open();
                    } finally {
                        connected.countDown();
                    }
                    go.await();
                    long start = schedule[0];
                    long deadline = schedule[1];
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long due = start + i * interval;
                        if (due > deadline) {
                            return;
                        }
                        long wait;
                        while ((wait = due - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        String failure = null;
                        try {
                            KeepAliveHttps.Response response = call.send(connection, i);
                            if (response.status() != expectedStatus) {
                                failure = "HTTP " + response.status();
                            }
                        } catch (IOException e) {
                            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        latencies[i] = System.nanoTime() - due;
                        sent.incrementAndGet();
                        if (failure != null) {
                            errors.incrementAndGet();
                            kinds.merge(failure, 1, Integer::sum);
                        }
                    }
                } catch (IOException failure) {
                    // A connection that could not be opened is reported; the other connections carry its requests.
                    errors.incrementAndGet();
                    kinds.merge("connect: " + failure.getMessage(), 1, Integer::sum);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-connection-" + lane);
            lanes.add(thread);
            thread.start();
        }
        connected.await();
        schedule[0] = System.nanoTime() + 10_000_000L;
        schedule[1] = schedule[0] + limit.toNanos();
        go.countDown();
        for (Thread lane : lanes) {
            lane.join();
        }
        int count = sent.get();
        double seconds = (System.nanoTime() - schedule[0]) / 1e9;
        return new Outcome(Arrays.copyOf(latencies, count), errors.get(), Map.copyOf(kinds), count / seconds);
    }
}
