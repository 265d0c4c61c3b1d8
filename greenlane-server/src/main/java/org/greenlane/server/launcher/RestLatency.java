package org.greenlane.server.launcher;

import org.greenlane.server.demo.DemoLogins;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REST latency of lodging one declaration (validation, persistence, lane decision with the demo
 * champion model, decision stored) at a fixed arrival rate, over loopback HTTPS to 127.0.0.1 only.
 * The application runs in this JVM on a fresh embedded database with the demo data. The load is
 * open-loop: each request has a scheduled start, and its latency is measured from that start, so a
 * slow server cannot hide its queueing (no coordinated omission). Bounded in count and time.
 */
final class RestLatency {

    private static final int RATE = 500;
    private static final int WARM_UP = 2_500;
    private static final int MEASURED = 10_000;
    private static final int MAX_IN_FLIGHT = 32;
    private static final int SEQUENTIAL = 300;
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private RestLatency() {
    }

    /** Latency percentiles in ms of the measured requests; errors are counted and reported. */
    record Result(double p50, double p99, double max, int errors, double achievedRate) {
    }

    static Result measure(PrintStream out) throws Exception {
        Path var = Files.createTempDirectory("greenlane-bench-risk-");
        LaunchSettings settings = new LaunchSettings(8443, var, null, null, null, null, null, "PKCS12", null, null);
        out.println("starting the application on an embedded database in " + var + " (demo data, first start)...");
        try (ConfigurableApplicationContext context = ServerRun.webOnFreePort(settings, Map.of("greenlane.demo.enabled", true,
                "logging.level.root", "WARN"))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(var.resolve("tls")))
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("https://127.0.0.1:" + port);
            String token = token(client, base);
            sequential(client, base, token, out);
            run(client, base, token, WARM_UP, "warm-up", out);
            return run(client, base, token, MEASURED, "measure", out);
        } finally {
            try (var files = Files.walk(var)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Result run(HttpClient client, URI base, String token, int count, String phase, PrintStream out) throws Exception {
        double[] latencies = new double[count];
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> kinds = new java.util.concurrent.ConcurrentHashMap<>();
        // At most this many requests in flight, so connections are reused instead of a TLS handshake each;
        // a request that waits for a slot still counts its wait, measured from its scheduled start.
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        List<CompletableFuture<Void>> pending = new ArrayList<>(count);
        String runId = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / RATE;
        long deadline = start + LIMIT.toNanos();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/customs/declarations"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body("BR-" + phase.charAt(0) + runId + "-" + i, today, i)))
                    .build();
            inFlight.acquire();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                inFlight.release();
                latencies[index] = (System.nanoTime() - scheduled) / 1e6;
                if (failure != null || response.statusCode() != 201) {
                    errors.incrementAndGet();
                    Throwable cause = failure == null ? null : failure.getCause() == null ? failure : failure.getCause();
                    kinds.merge(cause != null ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
                            : "HTTP " + response.statusCode(), 1, Integer::sum);
                }
                return null;
            }));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        double[] sent = Arrays.copyOf(latencies, pending.size());
        Arrays.sort(sent);
        Result result = new Result(percentile(sent, 0.50), percentile(sent, 0.99), sent[sent.length - 1], errors.get(),
                pending.size() / seconds);
        out.printf(Locale.ROOT, "%s: %d requests at %d/s target (%.0f/s sent), p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms, %d errors%n", phase, pending.size(), RATE, result.achievedRate(), result.p50(),
                result.p99(), result.max(), result.errors());
        if (!kinds.isEmpty()) {
            out.println("  errors by kind: " + kinds);
        }
        return result;
    }

    /** One request at a time: the service time of a lodging, which bounds the rate one core can serve. */
    private static void sequential(HttpClient client, URI base, String token, PrintStream out) throws Exception {
        double[] latencies = new double[SEQUENTIAL];
        String runId = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < SEQUENTIAL; i++) {
            long started = System.nanoTime();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/customs/declarations"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body("BR-s" + runId + "-" + i, LocalDate.now(), i)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            latencies[i] = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 201) {
                throw new IllegalStateException("lodging answered " + response.statusCode());
            }
        }
        Arrays.sort(latencies);
        out.printf(Locale.ROOT, "sequential: %d requests one at a time, p50 %.1f ms, p99 %.1f ms%n", SEQUENTIAL,
                percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    private static double percentile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    /** A steel export of the demo exporter, varied so that the engine takes every path (criteria, model, random). */
    private static String body(String reference, LocalDate date, int i) {
        String[] hs = {"720839", "731815", "854143", "760429", "940360", "610910"};
        String[] office = {"NGB-BL", "NGB-CS", "NGB-AP"};
        return """
                {"reference":"%s","flow":"EXPORT","date":"%s","office":"%s","transportMode":"10","declarant":"DCL%03d",
                 "trader":"TRD%03d","hsCode":"%s","originCountry":"CN","departureCountry":"CN","taxRate":0,
                 "netMassKg":%d,"customsValue":%d}""".formatted(reference, date, office[i % 3], i % 25, i % 80,
                hs[i % hs.length], 500 + i % 20_000, 2_000 + (i * 37) % 90_000);
    }

    private static String token(HttpClient client, URI base) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((DemoLogins.CLIENT_ID + ":" + DemoLogins.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/auth/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token for the demo exporter: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    /** Trusts exactly the certificate the application generated in var/tls. */
    private static SSLContext trusting(Path tls) throws Exception {
        String password = Files.readString(tls.resolve("greenlane.p12.password")).strip();
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.resolve("greenlane.p12"))) {
            keystore.load(in, password.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("greenlane", keystore.getCertificate("greenlane"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
