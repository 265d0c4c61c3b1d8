package org.greenlane.server.launcher;

import org.greenlane.core.ledger.InMemoryHashStore;
import org.greenlane.core.ledger.MerkleLog;
import org.greenlane.core.ledger.MerkleProofs;
import org.greenlane.core.ledger.Rfc6962;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.server.GreenlaneApplication;
import org.greenlane.server.ledger.Ledger;
import org.greenlane.server.ledger.LedgerRecord;
import org.greenlane.server.ledger.LoggedEntry;
import org.greenlane.server.platform.identity.ApiClients;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code ./greenlane bench ledger}: durable appends per second with 8 concurrent writers on the
 * embedded PostgreSQL, receipt (inclusion proof) latency over HTTPS at a fixed 1,000 requests/s,
 * and proof sizes and times in a 10-million-entry tree held in memory.
 */
public final class LedgerBenchmark implements Benchmark {

    private static final int WRITERS = 8;
    /** Appends each pipelined writer keeps waiting for durability at once. */
    private static final int IN_FLIGHT_PER_WRITER = 64;
    private static final long APPEND_SECONDS = 10;
    private static final int PROOF_RATE = 1_000;
    private static final int PROOF_REQUESTS = 10_000;
    /** Connections of the receipt load, each used by one request at a time. */
    private static final int LANES = 32;
    private static final int BIG_TREE = 10_000_000;

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public String description() {
        return "transparency log: durable appends/s (8 writers), receipt p99 over HTTPS at 1,000/s, 10M-entry proofs";
    }

    @Override
    public int run(PrintStream out) throws Exception {
        Path var = Files.createTempDirectory("greenlane-bench-ledger-");
        int port = freePort();
        out.println("Starting Greenlane with an embedded PostgreSQL in " + var + " on port " + port + " ...");
        double appendsPerSecond;
        double proofP99;
        int failedReceipts;
        try (ConfigurableApplicationContext context = start(var, port)) {
            Ledger ledger = context.getBean(Ledger.class);
            UUID organisation = context.getBean(Organisations.class)
                    .register("Ledger benchmark exporter", OrganisationKind.ENTERPRISE, "CN").id();
            ApiClients.Issued client = context.getBean(ApiClients.class)
                    .register(organisation, "ledger benchmark", Set.of(Role.EXPORTER));

            out.println("Warming up (3 s of appends) ...");
            pipelinedWriters(ledger, organisation, 3);
            double synchronous = synchronousWriters(ledger, organisation, APPEND_SECONDS);
            out.printf("Appends, %d writers each waiting for every append: %.0f durable appends/s%n", WRITERS, synchronous);
            appendsPerSecond = pipelinedWriters(ledger, organisation, APPEND_SECONDS);
            out.printf("Appends, %d writers each keeping %d appends in flight: %.0f durable appends/s%n",
                    WRITERS, IN_FLIGHT_PER_WRITER, appendsPerSecond);

            long treeSize = ledger.append(record(organisation, -1)).index() + 1;
            Receipts receipts = new Receipts(var, port, client);
            out.printf("Receipts over HTTPS (GET /api/v1/ledger/entries/{i}/receipt, bearer token, tree of %d entries)%n", treeSize);
            // The JIT compiles the request path over the first thousands of requests; then the rate steps up.
            long[] alone = receipts.sequential(treeSize, 6_000);
            long[] warm = Arrays.copyOfRange(alone, 5_000, 6_000);
            out.printf("  one at a time, last 1,000 of 6,000: p50 %.2f ms, p99 %.2f ms%n",
                    percentile(warm, 0.5) / 1e6, percentile(warm, 0.99) / 1e6);
            long[] reference = receipts.sequentialCheckpoints(2_000);
            out.printf("  reference, GET /log/checkpoint one at a time (public, no token): p50 %.2f ms, p99 %.2f ms%n",
                    percentile(reference, 0.5) / 1e6, percentile(reference, 0.99) / 1e6);
            // Lower rates first, then a run at the full rate that is not measured: the JIT is still compiling
            // and deoptimising the request path under load for some 20 s, a cost of starting, not of serving.
            for (int rate : new int[]{250, 500}) {
                report(out, "", receipts.load(treeSize, rate, rate * 4), rate);
            }
            report(out, "warm-up, not measured: ", receipts.load(treeSize, PROOF_RATE, PROOF_REQUESTS), PROOF_RATE);
            OpenLoop.Outcome outcome = receipts.load(treeSize, PROOF_RATE, PROOF_REQUESTS);
            report(out, "measured: ", outcome, PROOF_RATE);
            proofP99 = outcome.percentileMs(0.99);
            failedReceipts = receipts.errors.get();
            if (failedReceipts > 0) {
                out.println("  " + failedReceipts + " receipt requests failed (first: " + receipts.firstError
                        + "); a failed request counts with the time it took to fail");
            }
        } finally {
            delete(var);
        }
        bigTree(out);
        out.printf("RESULT name=ledger appends_per_s=%.0f proof_p99_ms=%.2f%n", appendsPerSecond, proofP99);
        return failedReceipts == 0 ? 0 : 1;
    }

    private static void report(PrintStream out, String phase, OpenLoop.Outcome outcome, int rate) {
        out.printf("  %s%d requests at %d/s (%.0f/s answered): p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n",
                phase, outcome.latencies().length, rate, outcome.answeredPerSecond(), outcome.percentileMs(0.50),
                outcome.percentileMs(0.99), outcome.percentileMs(1.0), outcome.errors());
    }

    private static ConfigurableApplicationContext start(Path var, int port) {
        SpringApplication application = new SpringApplication(GreenlaneApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        // Arguments, not default properties: application.yml would override those.
        return application.run("--server.port=" + port, "--greenlane.var=" + var, "--logging.level.root=WARN");
    }

    private static LedgerRecord record(UUID organisation, long sequence) {
        return new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, organisation,
                (JsonObject) Json.parse("{\"product\":\"Hot-rolled steel coil, S235JR\",\"gtin\":\"06901234500011\",\"sequence\":"
                        + sequence + "}"),
                Json.parse("{\"kgCO2ePerTonne\":1890.5,\"plant\":\"Lvyuan No. 2\",\"period\":\"2026-Q3\",\"sequence\":"
                        + sequence + "}"));
    }

    /** Each writer appends and waits for durability before the next append. */
    private static double synchronousWriters(Ledger ledger, UUID organisation, long seconds) throws InterruptedException {
        AtomicLong appended = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> writers = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < WRITERS; w++) {
            Thread writer = new Thread(() -> {
                while (System.nanoTime() < end) {
                    ledger.append(record(organisation, appended.incrementAndGet()));
                }
            }, "bench-writer-" + w);
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        return appended.get() / ((System.nanoTime() - started) / 1e9);
    }

    /** Each writer keeps up to IN_FLIGHT_PER_WRITER appends queued; counts those acknowledged as durable. */
    private static double pipelinedWriters(Ledger ledger, UUID organisation, long seconds) throws InterruptedException {
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> writers = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < WRITERS; w++) {
            Thread writer = new Thread(() -> {
                Semaphore window = new Semaphore(IN_FLIGHT_PER_WRITER);
                long sequence = 0;
                while (System.nanoTime() < end) {
                    window.acquireUninterruptibly();
                    CompletableFuture<LoggedEntry> logged = ledger.submit(record(organisation, sequence++));
                    logged.whenComplete((entry, failure) -> {
                        (failure == null ? acknowledged : failed).incrementAndGet();
                        window.release();
                    });
                }
                window.acquireUninterruptibly(IN_FLIGHT_PER_WRITER);
            }, "bench-writer-" + w);
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " appends failed during the benchmark");
        }
        return acknowledged.get() / ((System.nanoTime() - started) / 1e9);
    }

    /** Receipt requests: one at a time, then an open-loop load ({@link OpenLoop}) over keep-alive connections. */
    private static final class Receipts {

        private static final String HOST = "localhost";

        private final SSLContext trust;
        private final int port;
        private final String authorization;
        private final AtomicInteger errors = new AtomicInteger();
        private volatile String firstError;

        Receipts(Path var, int port, ApiClients.Issued client) throws IOException, InterruptedException {
            this.trust = LogTrust.context(var.resolve("tls").resolve("greenlane.p12"), null, false);
            this.port = port;
            HttpClient http = HttpClient.newBuilder().sslContext(trust).version(HttpClient.Version.HTTP_1_1).build();
            String basic = Base64.getEncoder().encodeToString((client.client().clientId() + ":" + client.secret())
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create("https://" + HOST + ":" + port + "/auth/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = issued.body();
            int at = body.indexOf("\"access_token\":\"") + "\"access_token\":\"".length();
            this.authorization = "Bearer " + body.substring(at, body.indexOf('"', at));
        }

        private static String path(long index) {
            return "/api/v1/ledger/entries/" + index + "/receipt";
        }

        /** Requests one after the other on one connection: the cost of one receipt without queueing. */
        long[] sequential(long treeSize, int requests) throws IOException {
            long[] latencies = new long[requests];
            SplittableRandom random = new SplittableRandom(1);
            try (KeepAliveHttps connection = new KeepAliveHttps(trust, HOST, port)) {
                for (int i = 0; i < requests; i++) {
                    long t0 = System.nanoTime();
                    KeepAliveHttps.Response response = connection.get(path(random.nextLong(treeSize)), authorization);
                    latencies[i] = System.nanoTime() - t0;
                    if (response.status() != 200) {
                        throw new IllegalStateException("receipt request answered " + response.status() + ": " + response.text());
                    }
                }
            }
            return latencies;
        }

        long[] sequentialCheckpoints(int requests) throws IOException {
            long[] latencies = new long[requests];
            try (KeepAliveHttps connection = new KeepAliveHttps(trust, HOST, port)) {
                for (int i = 0; i < requests; i++) {
                    long t0 = System.nanoTime();
                    connection.get("/log/checkpoint", null);
                    latencies[i] = System.nanoTime() - t0;
                }
            }
            return latencies;
        }

        /** Receipts of random entries at a fixed rate over {@link #LANES} connections; see {@link OpenLoop}. */
        OpenLoop.Outcome load(long treeSize, int rate, int requests) throws InterruptedException {
            long[] indices = new SplittableRandom(42).longs(requests, 0, treeSize).toArray();
            OpenLoop.Outcome outcome = OpenLoop.run(trust, HOST, port, LANES, rate, requests, 200, Duration.ofSeconds(60),
                    (connection, i) -> connection.get(path(indices[i]), authorization));
            if (outcome.errors() > 0 && firstError == null) {
                firstError = outcome.errorKinds().toString();
            }
            errors.addAndGet(outcome.errors());
            return outcome;
        }
    }

    /** Proof sizes and times in a 10-million-entry tree, in memory (the engine alone, no database or network). */
    private static void bigTree(PrintStream out) {
        out.printf("Building a %,d-entry tree in memory ...%n", BIG_TREE);
        InMemoryHashStore store = new InMemoryHashStore();
        MerkleLog tree = MerkleLog.open(store, 0);
        long started = System.nanoTime();
        int batch = 10_000;
        for (int from = 0; from < BIG_TREE; from += batch) {
            List<byte[]> entries = new ArrayList<>(batch);
            for (int i = from; i < from + batch; i++) {
                entries.add(("{\"sequence\":" + i + ",\"type\":\"footprint.publication\"}").getBytes(StandardCharsets.UTF_8));
            }
            tree.append(entries);
        }
        out.printf("  built in %.1f s (%,d stored hashes)%n", (System.nanoTime() - started) / 1e9, store.size());
        byte[] root = tree.root();
        SplittableRandom random = new SplittableRandom(7);
        int proofs = 100_000;
        long[] times = new long[proofs];
        int longest = 0;
        for (int i = 0; i < proofs; i++) {
            long index = random.nextLong(BIG_TREE);
            long t0 = System.nanoTime();
            List<byte[]> proof = tree.inclusionProof(index, BIG_TREE);
            MerkleProofs.verifyInclusion(index, BIG_TREE, Rfc6962.leafHash(("{\"sequence\":" + index
                    + ",\"type\":\"footprint.publication\"}").getBytes(StandardCharsets.UTF_8)), proof, root);
            times[i] = System.nanoTime() - t0;
            longest = Math.max(longest, proof.size());
        }
        out.printf("  inclusion proof: at most %d hashes (%d bytes); build + verify p50 %.1f µs, p99 %.1f µs over %,d proofs%n",
                longest, longest * Rfc6962.HASH_SIZE, percentile(times, 0.5) / 1e3, percentile(times, 0.99) / 1e3, proofs);
        List<byte[]> consistency = tree.consistencyProof(BIG_TREE / 2 + 1, BIG_TREE);
        long c0 = System.nanoTime();
        MerkleProofs.verifyConsistency(BIG_TREE / 2 + 1, BIG_TREE, consistency, tree.root(BIG_TREE / 2 + 1), root);
        out.printf("  consistency proof %,d -> %,d: %d hashes (%d bytes), verified in %.1f µs%n", BIG_TREE / 2 + 1, BIG_TREE,
                consistency.size(), consistency.size() * Rfc6962.HASH_SIZE, (System.nanoTime() - c0) / 1e3);
    }

    private static long percentile(long[] values, double fraction) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is harmless; the figures stand.
        }
    }
}
