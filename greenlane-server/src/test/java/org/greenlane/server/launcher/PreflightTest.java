package org.greenlane.server.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad configuration stops the launch with one message naming the setting, and a non-zero exit code. */
class PreflightTest {

    @TempDir
    Path var;

    @Test
    void portInUseNamesGreenlanePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            LaunchSettings settings = settings(Map.of(LaunchSettings.PORT, Integer.toString(taken.getLocalPort())));

            Outcome outcome = serve(settings);

            assertThat(outcome.code()).isEqualTo(Greenlane.CONFIGURATION_ERROR);
            assertThat(outcome.message()).startsWith("greenlane: GREENLANE_PORT: port " + taken.getLocalPort() + " is already in use");
            assertThat(outcome.message().lines()).hasSize(1);
        }
    }

    @Test
    void unreachableDatabaseNamesGreenlaneDbUrl() {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        LaunchSettings settings = settings(Map.of(LaunchSettings.PORT, freePort(),
                LaunchSettings.DB_URL, "jdbc:postgresql://127.0.0.1:1/greenlane", LaunchSettings.DB_USER, "greenlane"));

        Outcome outcome = serve(settings);

        assertThat(outcome.code()).isEqualTo(Greenlane.CONFIGURATION_ERROR);
        assertThat(outcome.message()).startsWith("greenlane: GREENLANE_DB_URL: cannot connect to jdbc:postgresql://127.0.0.1:1/greenlane");
    }

    @Test
    void nonPostgresUrlNamesGreenlaneDbUrl() {
        assertThatThrownBy(() -> Preflight.check(settings(Map.of(LaunchSettings.PORT, freePort(),
                LaunchSettings.DB_URL, "jdbc:h2:mem:test"))))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageStartingWith("GREENLANE_DB_URL: 'jdbc:h2:mem:test' is not a PostgreSQL JDBC URL");
    }

    @Test
    void unreadableKeystoreNamesGreenlaneTlsKeystore() {
        LaunchSettings settings = settings(Map.of(LaunchSettings.PORT, freePort(),
                LaunchSettings.KEYSTORE, var.resolve("missing.p12").toString(), LaunchSettings.KEYSTORE_PASSWORD, "x"));

        Outcome outcome = serve(settings);

        assertThat(outcome.code()).isEqualTo(Greenlane.CONFIGURATION_ERROR);
        assertThat(outcome.message()).startsWith("greenlane: GREENLANE_TLS_KEYSTORE: cannot read ");
    }

    @Test
    void keystoreThatIsNotAKeystoreNamesGreenlaneTlsKeystore() throws Exception {
        Path garbage = Files.writeString(var.resolve("garbage.p12"), "not a keystore");

        assertThatThrownBy(() -> Preflight.check(settings(Map.of(LaunchSettings.PORT, freePort(),
                LaunchSettings.KEYSTORE, garbage.toString(), LaunchSettings.KEYSTORE_PASSWORD, "x"))))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageStartingWith("GREENLANE_TLS_KEYSTORE: cannot open");
    }

    @Test
    void badPortValueNamesGreenlanePort() {
        assertThatThrownBy(() -> LaunchSettings.from(Map.of(LaunchSettings.PORT, "https")))
                .hasMessage("GREENLANE_PORT: 'https' is not a port number");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of(LaunchSettings.PORT, "70000")))
                .hasMessage("GREENLANE_PORT: 70000 is outside 1-65535");
    }

    @Test
    void serveWithoutDatabaseUrlExplainsWhatToSet() {
        // ServeCommand reads the real environment; CI and developers run without GREENLANE_DB_URL.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(LaunchSettings.DB_URL) == null);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Greenlane.commandLine().execute("serve");
            assertThat(code).isEqualTo(Greenlane.CONFIGURATION_ERROR);
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).startsWith("greenlane: GREENLANE_DB_URL: is not set");
    }

    @Test
    void unknownBenchmarkListsTheKnownOnes() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Greenlane.commandLine().execute("bench", "no-such-benchmark")).isEqualTo(Greenlane.USAGE_ERROR);
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).startsWith("greenlane: unknown benchmark 'no-such-benchmark'.");
    }

    @Test
    void aFreshDataDirectoryStaysEmptySoThatInitdbCanRun() {
        LaunchSettings settings = settings(Map.of(LaunchSettings.PORT, freePort()));

        Preflight.checkDatabase(settings);

        assertThat(var.resolve("postgres")).doesNotExist();
    }

    @Test
    void aRunningEmbeddedDatabaseNamesGreenlaneVar() throws Exception {
        Path postgres = Files.createDirectories(var.resolve("postgres"));
        try (var channel = java.nio.channels.FileChannel.open(postgres.resolve("epg-lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var held = channel.lock()) {
            assertThatThrownBy(() -> Preflight.checkDatabase(settings(Map.of())))
                    .isInstanceOf(ConfigurationProblem.class)
                    .hasMessageStartingWith("GREENLANE_VAR: the embedded database in")
                    .hasMessageContaining("is in use by another Greenlane process");
        }
    }

    @Test
    void toolsBesideARunningDemoUseItsPostgresFromPostmasterPid() throws Exception {
        Path postgres = Files.createDirectories(var.resolve("postgres"));
        // postmaster.pid names the running server's port on its fourth line; port 1 answers nothing.
        Files.writeString(postgres.resolve("postmaster.pid"), "4242\n" + postgres + "\n1700000000\n1\n/tmp\n");
        try (var channel = java.nio.channels.FileChannel.open(postgres.resolve("epg-lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var held = channel.lock()) {
            assertThatThrownBy(() -> Preflight.databaseForTool(settings(Map.of())))
                    .isInstanceOf(ConfigurationProblem.class)
                    .hasMessageStartingWith("GREENLANE_DB_URL: cannot connect to jdbc:postgresql://127.0.0.1:1/greenlane");
        }
    }

    private LaunchSettings settings(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put(LaunchSettings.VAR, var.toString());
        return LaunchSettings.from(all);
    }

    private record Outcome(int code, String message) {
    }

    private static Outcome serve(LaunchSettings settings) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServerRun.serve(settings, Map.of(), new PrintStream(err, true, StandardCharsets.UTF_8), context -> {
            throw new AssertionError("must not start");
        });
        return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    }

    private static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
