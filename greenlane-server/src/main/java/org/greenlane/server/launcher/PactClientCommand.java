package org.greenlane.server.launcher;

import org.greenlane.server.exchange.PactPartners;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.Organisations;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** PACT partners: {@code ./greenlane pact-client create --name <n> [--organisation <name>]}. */
@Command(name = "pact-client", mixinStandardHelpOptions = true,
        description = "PACT v3 partners: API clients that read an organisation's footprints at /3/footprints.",
        subcommands = {PactClientCommand.Create.class})
public final class PactClientCommand implements Runnable {

    /** The demo's steel exporter, the default data owner (see the demo data). */
    static final String DEMO_EXPORTER = "Zhejiang Lvyuan Steel Co., Ltd.";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Register a PACT partner of an organisation and print its client id and secret (shown once).",
                    "Without --organisation the partner belongs to the demo steel exporter; with the embedded database "
                            + "the demo data is loaded first if it is missing. Stop a running server first: the embedded "
                            + "database has one user at a time (or create partners on the exporter's Data exchange page)."})
    static final class Create implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "<name>", description = "The partner's name.")
        String name;

        @Option(names = "--organisation", paramLabel = "<name>",
                description = "The data owner, by its exact name (default: " + DEMO_EXPORTER + ").")
        String organisation;

        @Option(names = "--share-all", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Share every footprint the organisation publishes over PACT with the partner "
                        + "(default: true; --no-share-all to share footprint by footprint on the Data exchange page).")
        boolean shareAll;

        @Override
        public Integer call() {
            LaunchSettings settings = Preflight.databaseForTool(LaunchSettings.from(System.getenv()));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("logging.level.root", "WARN");
            if (organisation == null && !settings.externalDatabase()) {
                extra.put("greenlane.demo.enabled", true);
            }
            String owner = organisation == null ? DEMO_EXPORTER : organisation;
            try (ConfigurableApplicationContext context = ServerRun.tool(settings, extra)) {
                Optional<Organisation> found = context.getBean(Organisations.class).findByName(owner);
                if (found.isEmpty()) {
                    System.err.println("greenlane: there is no organisation named '" + owner + "'");
                    return Greenlane.USAGE_ERROR;
                }
                PactPartners.Issued issued;
                try {
                    issued = context.getBean(PactPartners.class).create(found.get().id(), name, shareAll);
                } catch (IllegalArgumentException refused) {
                    System.err.println("greenlane: " + refused.getMessage());
                    return Greenlane.USAGE_ERROR;
                }
                String base = "https://localhost:" + settings.port();
                System.out.println("PACT partner '" + issued.name() + "' of " + found.get().name());
                System.out.println("  client id:      " + issued.clientId());
                System.out.println("  client secret:  " + issued.clientSecret() + "   (shown once; only its hash is kept)");
                System.out.println("  token endpoint: " + base + "/auth/token   (HTTP Basic, grant_type=client_credentials)");
                System.out.println("  PACT base URL:  " + base + "   (GET /3/footprints, GET /3/footprints/{id}, POST /3/events)");
                System.out.println("  sees:           " + (issued.shareAll() ? "every footprint the organisation publishes"
                        : "footprints shared with it one by one"));
                return 0;
            }
        }
    }
}
