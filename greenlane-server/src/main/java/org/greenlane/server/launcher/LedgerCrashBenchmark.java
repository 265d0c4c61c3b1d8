package org.greenlane.server.launcher;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.MerkleProofs;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.client.AuditReport;
import org.greenlane.core.ledger.client.LogAuditor;
import org.greenlane.core.ledger.client.LogClient;
import org.greenlane.core.ledger.note.NoteVerifier;
import org.greenlane.core.ledger.tile.EntryBundle;
import org.greenlane.core.ledger.tile.EntryTile;
import org.greenlane.core.ledger.tile.TileHashReader;
import org.greenlane.core.ledger.tile.TilePath;
import org.greenlane.core.ledger.tile.TileSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./greenlane bench ledger-crash}: the reliability test of issue 5. Starts the server
 * ({@link LedgerCrashTarget}) with 8 writers appending, kills it with SIGKILL after a random 1.5-3.5 s,
 * 20 times in a row on the same var directory, and after every restart checks through the public
 * API that every acknowledged entry is in the log unchanged, that every checkpoint published before
 * is consistent with the next one, and that the whole log audits intact. The PostgreSQL child that
 * each kill orphans must be stopped by the next start.
 */
public final class LedgerCrashBenchmark implements Benchmark {

    private static final int ROUNDS = 20;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @Override
    public String name() {
        return "ledger-crash";
    }

    @Override
    public String description() {
        return "transparency log reliability: kill -9 during appends 20 times, check acknowledged entries and checkpoints";
    }

    @Override
    public int run(PrintStream out) throws Exception {
        Path var = Files.createTempDirectory("greenlane-bench-ledger-crash-");
        out.println("var directory: " + var + " (child logs in " + var.resolve("crash-logs") + ")");
        Files.createDirectories(var.resolve("crash-logs"));
        Map<Long, String> acknowledged = new ConcurrentSkipListMap<>();
        List<String> checkpoints = new ArrayList<>();
        SplittableRandom random = new SplittableRandom();
        Verifier verifier = null;
        int problems = 0;
        for (int round = 1; round <= ROUNDS + 1; round++) {
            int port = freePort();
            Child child = Child.start(var, port, round, acknowledged);
            try {
                child.awaitReady();
                Log log = new Log(var, port);
                if (verifier == null) {
                    verifier = new Verifier(NoteVerifier.parse(new String(log.get("key"), StandardCharsets.UTF_8).strip()));
                }
                List<String> failures = verifier.check(log, acknowledged, checkpoints);
                problems += failures.size();
                failures.forEach(failure -> out.println("  FAILED: " + failure));
                out.printf("round %2d: restarted; %d acknowledged entries present, %d published checkpoints consistent, audit %s%n",
                        round, acknowledged.size(), checkpoints.size(), failures.isEmpty() ? "intact" : "FAILED");
                if (round > ROUNDS) {
                    break;
                }
                long before = acknowledged.size();
                child.go();
                long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500 + random.nextInt(2_000));
                while (System.nanoTime() < killAt) {
                    String checkpoint = new String(log.get("checkpoint"), StandardCharsets.UTF_8);
                    if (checkpoints.isEmpty() || !checkpoints.get(checkpoints.size() - 1).equals(checkpoint)) {
                        checkpoints.add(checkpoint);
                    }
                    Thread.sleep(100);
                }
                child.kill();
                out.printf("round %2d: killed with SIGKILL during appends (%d more acknowledged)%n", round,
                        acknowledged.size() - before);
            } finally {
                child.stop();
            }
        }
        out.printf("RESULT name=ledger-crash rounds=%d acknowledged=%d checkpoints=%d problems=%d%n",
                ROUNDS, acknowledged.size(), checkpoints.size(), problems);
        return problems == 0 ? 0 : 1;
    }

    /** Checks what the restarted log publishes against what the killed ones acknowledged and published. */
    private record Verifier(NoteVerifier key) {

        List<String> check(Log log, Map<Long, String> acknowledged, List<String> checkpoints) {
            List<String> failures = new ArrayList<>();
            LogClient client = new LogClient(key.name(), key);
            String signed = new String(log.get("checkpoint"), StandardCharsets.UTF_8);
            Checkpoint now = client.verifyCheckpoint(signed);
            TileSource tiles = log::tile;
            Optional<Checkpoint> previous = Optional.empty();
            List<String> sequence = new ArrayList<>(checkpoints);
            sequence.add(signed);
            for (String next : sequence) {
                try {
                    Checkpoint verified = client.verifyCheckpoint(next);
                    List<byte[]> proof = previous.isEmpty() || previous.get().size() == 0 ? List.of()
                            : MerkleProofs.consistencyProof(new TileHashReader(now.size(), tiles), previous.get().size(),
                            verified.size());
                    previous = Optional.of(client.verifyUpdate(previous, next, proof));
                } catch (VerificationException | IllegalArgumentException inconsistent) {
                    failures.add("published checkpoint not consistent with the one before it: " + inconsistent.getMessage());
                }
            }
            Map<Long, List<byte[]>> bundles = new TreeMap<>();
            acknowledged.forEach((index, hash) -> {
                if (index >= now.size()) {
                    failures.add("acknowledged entry " + index + " is beyond the tree of size " + now.size());
                    return;
                }
                List<byte[]> bundle = bundles.computeIfAbsent(index / TilePath.FULL_WIDTH, n -> {
                    EntryTile tile = EntryTile.containing(index, now.size());
                    return EntryBundle.decode(tile, log.tile(tile));
                });
                byte[] entry = bundle.get((int) (index % TilePath.FULL_WIDTH));
                if (!hash.equals(sha256(entry))) {
                    failures.add("acknowledged entry " + index + " differs from what was acknowledged");
                }
            });
            AuditReport report = LogAuditor.audit(now, tiles);
            if (!report.intact()) {
                failures.add("audit of the restarted log: " + report);
            }
            return failures;
        }

        private static String sha256(byte[] entry) {
            try {
                return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(entry));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from the JDK", e);
            }
        }
    }

    /** The public log endpoints of the child, trusting its self-signed certificate. */
    private static final class Log {

        private final HttpClient http;
        private final String base;

        Log(Path var, int port) {
            this.http = HttpClient.newBuilder()
                    .sslContext(LogTrust.context(var.resolve("tls").resolve("greenlane.p12"), null, false)).build();
            this.base = "https://localhost:" + port + "/log/";
        }

        byte[] tile(TilePath tile) {
            return get(tile.path());
        }

        byte[] get(String path) {
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + base + path + " answered " + response.statusCode());
                }
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A server process and the reader of its acknowledgements. */
    private static final class Child {

        private final Process process;
        private final Thread reader;
        private final CountDownLatch ready = new CountDownLatch(1);

        private Child(Process process, Map<Long, String> acknowledged) {
            this.process = process;
            this.reader = new Thread(() -> read(acknowledged), "crash-child-reader");
            reader.start();
        }

        static Child start(Path var, int port, int round, Map<Long, String> acknowledged) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            if (runsFromBootJar()) {
                command.add("-Dloader.main=" + LedgerCrashTarget.class.getName());
                command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
            } else {
                command.add(LedgerCrashTarget.class.getName());
            }
            command.add(var.toString());
            command.add(Integer.toString(port));
            Process process = new ProcessBuilder(command)
                    .redirectError(var.resolve("crash-logs").resolve("round-" + round + ".log").toFile())
                    .start();
            return new Child(process, acknowledged);
        }

        private static boolean runsFromBootJar() {
            try {
                Class.forName("org.springframework.boot.loader.launch.PropertiesLauncher");
                return true;
            } catch (ClassNotFoundException developmentClasspath) {
                return false;
            }
        }

        private void read(Map<Long, String> acknowledged) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("ACK ")) {
                        String[] parts = line.split(" ");
                        // A line cut by the kill is not an acknowledgement anyone received.
                        if (parts.length == 3 && parts[2].length() == 44) {
                            acknowledged.put(Long.parseLong(parts[1]), parts[2]);
                        }
                    }
                }
            } catch (IOException closed) {
                // The process was killed; what was read is what was acknowledged.
            }
        }

        void awaitReady() throws InterruptedException {
            if (!ready.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the server did not start within " + START_TIMEOUT + " (see its log)");
            }
        }

        void go() throws IOException {
            process.getOutputStream().write("GO\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
            reader.join();
        }

        /** SIGTERM (a clean stop) if still running. */
        void stop() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            reader.join();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
