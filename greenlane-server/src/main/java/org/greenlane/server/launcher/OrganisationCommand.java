package org.greenlane.server.launcher;

import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.identity.OnboardingOrganisations;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;

/** Tenants: {@code ./greenlane organisation create --name <n> --kind <k> --country <cc> --admin-email <e> --admin-name <n>}. */
@Command(name = "organisation", mixinStandardHelpOptions = true,
        description = "Organisations (tenants): exporters, verification bodies, customs authorities, analysis institutes.",
        subcommands = {OrganisationCommand.Create.class})
public final class OrganisationCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Register an organisation with its first administrator and print the administrator's "
                    + "initial password (shown once; only its hash is kept). The administrator then adds the "
                    + "organisation's people and API clients under Administration. The operator's administrators can "
                    + "do the same on the Administration page."})
    static final class Create implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "<name>", description = "The organisation's name.")
        String name;

        @Option(names = "--kind", required = true, paramLabel = "<kind>",
                description = "ENTERPRISE, VERIFICATION_BODY, CUSTOMS_AUTHORITY or ANALYSIS.")
        OrganisationKind kind;

        @Option(names = "--country", required = true, paramLabel = "<cc>", description = "ISO 3166-1 alpha-2 code, e.g. CN.")
        String country;

        @Option(names = "--admin-email", required = true, paramLabel = "<email>",
                description = "The first administrator's email (their sign-in name).")
        String adminEmail;

        @Option(names = "--admin-name", required = true, paramLabel = "<name>", description = "The first administrator's name.")
        String adminName;

        @Override
        public Integer call() {
            LaunchSettings settings = Preflight.databaseForTool(LaunchSettings.from(System.getenv()));
            try (ConfigurableApplicationContext context = ServerRun.tool(settings, Map.of("logging.level.root", "WARN"))) {
                OnboardingOrganisations.Onboarded onboarded;
                try {
                    onboarded = context.getBean(OnboardingOrganisations.class).onboard(
                            new OnboardingOrganisations.NewOrganisation(name, kind, country, adminEmail, adminName));
                } catch (InvalidInput refused) {
                    refused.errors().forEach(problem -> System.err.println(
                            "greenlane: --" + option(problem.field()) + ": " + problem.message()));
                    return Greenlane.USAGE_ERROR;
                }
                System.out.println("Organisation '" + onboarded.organisation().name() + "' ("
                        + onboarded.organisation().kind() + ", " + onboarded.organisation().country() + ")");
                System.out.println("  id:               " + onboarded.organisation().id());
                System.out.println("  administrator:    " + onboarded.administrator().email());
                System.out.println("  initial password: " + onboarded.initialPassword()
                        + "   (shown once; only its hash is kept)");
                System.out.println("  sign in at:       https://localhost:" + settings.port() + "/login");
                return 0;
            }
        }

        /** The command-line option of a field: adminEmail -> admin-email. */
        private static String option(String field) {
            return field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        }
    }
}
