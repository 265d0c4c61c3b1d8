package org.greenlane.server.launcher;

import picocli.CommandLine.Command;

import java.util.Map;
import java.util.concurrent.Callable;

/** Production style: external PostgreSQL, JSON logs, no demo data. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start Greenlane against an external PostgreSQL.",
                "Settings (environment): GREENLANE_DB_URL, GREENLANE_DB_USER, GREENLANE_DB_PASSWORD (required);",
                "GREENLANE_PORT (8443), GREENLANE_VAR (./var), GREENLANE_TLS_KEYSTORE, GREENLANE_TLS_KEYSTORE_PASSWORD,",
                "GREENLANE_TLS_KEYSTORE_TYPE (PKCS12); GREENLANE_ADMIN_EMAIL and GREENLANE_ADMIN_PASSWORD create",
                "the first administrator of an empty database."})
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        LaunchSettings settings = LaunchSettings.from(System.getenv());
        if (!settings.externalDatabase()) {
            throw new ConfigurationProblem(LaunchSettings.DB_URL,
                    "is not set; serve needs an external PostgreSQL (use './greenlane demo' for the embedded one)");
        }
        return ServerRun.serve(settings, Map.of("logging.structured.format.console", "ecs"), System.err,
                context -> System.out.println("Greenlane is serving https://0.0.0.0:" + settings.port() + "/"));
    }
}
