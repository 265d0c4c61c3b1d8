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
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
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
    /**
     * The JIT is still compiling for tens of seconds after the first requests, and on two cores a cold
     * server at the full rate builds a queue it needs long to drain; so warm up at half the rate first.
     */
    private static final int GENTLE_WARM_UP = 5_000;
    private static final int WARM_UP = 10_000;
    /**
     * Two minutes at the rate. The virtual disk stalls a flush for 100-260 ms from time to time
     * (decision 076), and a stall delays every lodging due during it; a 20 s sample either misses
     * every stall or lets one dominate its p99, so it estimates the p99 of steady load poorly (decision 078).
     */
    private static final int MEASURED = 60_000;
    private static final int WINDOW_SECONDS = 10;
    private static final int MAX_IN_FLIGHT = 32;
    private static final int SEQUENTIAL = 300;
    private static final double TARGET_MS = 50;
    private static final String HOST = "127.0.0.1";
    private static final String PATH = "/api/v1/customs/declarations";
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
            SSLContext tls = trusting(var.resolve("tls"));
            HttpClient client = HttpClient.newBuilder().sslContext(tls)
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            String authorization = "Bearer " + token(client, URI.create("https://" + HOST + ":" + port));
            sequential(tls, port, authorization, out);
            run(tls, port, authorization, GENTLE_WARM_UP, RATE / 2, "warm-up", out);
            run(tls, port, authorization, WARM_UP, RATE, "warm-up", out);
            try (FlushProbe probe = FlushProbe.start(var)) {
                Result measured = run(tls, port, authorization, MEASURED, RATE, "measure", out);
                out.println("disk during the measurement (4 KiB + fdatasync every 20 ms beside the database): " + probe.stop());
                return measured;
            }
        } finally {
            try (var files = Files.walk(var)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Result run(SSLContext tls, int port, String authorization, int count, int rate, String phase,
                              PrintStream out) throws Exception {
        String runId = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now();
        Duration limit = Duration.ofSeconds(30 + 3L * count / rate);
        OpenLoop.Outcome outcome = OpenLoop.run(tls, HOST, port, MAX_IN_FLIGHT, rate, count, 201, limit,
                (connection, i) -> connection.post(PATH, authorization, "application/json",
                        body("BR-" + phase.charAt(0) + runId + "-" + i, today, i).getBytes(StandardCharsets.UTF_8)));
        Result result = new Result(outcome.percentileMs(0.50), outcome.percentileMs(0.99), outcome.percentileMs(1.0),
                outcome.errors(), outcome.answeredPerSecond());
        out.printf(Locale.ROOT, "%s: %d requests at %d/s target (%.0f/s answered), p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms, %d errors%n", phase, outcome.latencies().length, rate, result.achievedRate(),
                result.p50(), result.p99(), result.max(), result.errors());
        if (!outcome.errorKinds().isEmpty()) {
            out.println("  errors by kind: " + outcome.errorKinds());
        }
        if (phase.equals("measure")) {
            out.println("  tail: " + tail(outcome.latencies(), rate));
        }
        return result;
    }

    /**
     * Where the slow lodgings are: how many took longer than the target, the p99.9, and the p99 of
     * each window of {@value #WINDOW_SECONDS} s of due times, so a stall shows as one bad window.
     */
    private static String tail(long[] latencies, int rate) {
        long slow = Arrays.stream(latencies).filter(nanos -> nanos > TARGET_MS * 1e6).count();
        int window = rate * WINDOW_SECONDS;
        StringBuilder windows = new StringBuilder();
        for (int from = 0; from < latencies.length; from += window) {
            double[] part = Arrays.stream(latencies, from, Math.min(latencies.length, from + window))
                    .mapToDouble(nanos -> nanos / 1e6).sorted().toArray();
            windows.append(windows.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f",
                    percentile(part, 0.99)));
        }
        double[] all = Arrays.stream(latencies).mapToDouble(nanos -> nanos / 1e6).sorted().toArray();
        return String.format(Locale.ROOT, "%d of %d over %.0f ms (%.2f %%), p99.9 %.1f ms; p99 per %d s window: %s ms",
                slow, latencies.length, TARGET_MS, 100.0 * slow / latencies.length, percentile(all, 0.999),
                WINDOW_SECONDS, windows);
    }

    /** One request at a time: the service time of a lodging, which bounds the rate one core can serve. */
    private static void sequential(SSLContext tls, int port, String authorization, PrintStream out) throws Exception {
        double[] latencies = new double[SEQUENTIAL];
        String runId = Long.toString(System.nanoTime(), 36);
        try (KeepAliveHttps connection = new KeepAliveHttps(tls, HOST, port)) {
            for (int i = 0; i < SEQUENTIAL; i++) {
                long started = System.nanoTime();
                KeepAliveHttps.Response response = connection.post(PATH, authorization, "application/json",
                        body("BR-s" + runId + "-" + i, LocalDate.now(), i).getBytes(StandardCharsets.UTF_8));
                latencies[i] = (System.nanoTime() - started) / 1e6;
                if (response.status() != 201) {
                    throw new IllegalStateException("lodging answered " + response.status() + ": " + response.text());
                }
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
