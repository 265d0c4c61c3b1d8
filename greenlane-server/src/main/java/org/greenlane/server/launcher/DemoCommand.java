package org.greenlane.server.launcher;

import org.greenlane.server.demo.DemoLogins;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;

/** A complete platform on this machine: embedded PostgreSQL under var/, reference and demo data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start Greenlane with embedded PostgreSQL (data kept in ./var) and demo data.",
                "Prints the URL and the demo sign-ins. Stop with Ctrl-C."})
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        LaunchSettings settings = LaunchSettings.from(System.getenv()).embedded();
        return ServerRun.serve(settings, Map.of("greenlane.demo.enabled", true), System.err,
                context -> welcome(System.out, settings.port()));
    }

    static void welcome(PrintStream out, int port) {
        out.println();
        out.println("Greenlane demo is running at https://localhost:" + port + "/");
        out.println("  (self-signed certificate: your browser will ask you to accept it once)");
        out.println();
        out.println("Sign in with any of these (password for all: " + DemoLogins.PASSWORD + "):");
        DemoLogins.USERS.forEach((email, role) -> out.printf("  %-36s %s%n", email, role));
        out.println();
        out.println("API client (OAuth2 client credentials) for the steel exporter:");
        out.println("  client id " + DemoLogins.CLIENT_ID + ", secret " + DemoLogins.CLIENT_SECRET);
        out.println("  curl -k -u " + DemoLogins.CLIENT_ID + ":" + DemoLogins.CLIENT_SECRET
                + " -d grant_type=client_credentials https://localhost:" + port + "/auth/token");
        out.println();
        out.println("API documentation: https://localhost:" + port + "/swagger-ui.html");
        out.println("Stop with Ctrl-C; data stays in ./var for the next start.");
    }
}
