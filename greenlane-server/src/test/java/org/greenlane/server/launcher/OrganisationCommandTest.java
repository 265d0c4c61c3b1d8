package org.greenlane.server.launcher;

import org.greenlane.server.platform.identity.OrganisationKind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line of {@code ./greenlane organisation create}; what it does is tested through the
 * OnboardingOrganisations it calls (AdministrationPagesTest).
 */
class OrganisationCommandTest {

    @Test
    void readsTheTenantAndItsFirstAdministrator() {
        CommandLine.ParseResult parsed = Greenlane.commandLine().parseArgs("organisation", "create",
                "--name", "Green Verify Shanghai", "--kind", "VERIFICATION_BODY", "--country", "CN",
                "--admin-email", "admin@gv-sh.example", "--admin-name", "Xu Fang");
        OrganisationCommand.Create options = (OrganisationCommand.Create) parsed.subcommand().subcommand()
                .commandSpec().userObject();
        assertThat(options.kind).isEqualTo(OrganisationKind.VERIFICATION_BODY);
        assertThat(options.adminEmail).isEqualTo("admin@gv-sh.example");
    }

    @Test
    void anUnknownKindIsAUsageErrorNamingTheChoices() {
        StringWriter errors = new StringWriter();
        CommandLine greenlane = Greenlane.commandLine();
        greenlane.setErr(new PrintWriter(errors));

        int exit = greenlane.execute("organisation", "create", "--name", "X", "--kind", "BANK", "--country", "CN",
                "--admin-email", "a@b.example", "--admin-name", "A");

        assertThat(exit).isEqualTo(Greenlane.USAGE_ERROR);
        assertThat(errors.toString()).contains("--kind", "BANK", "CUSTOMS_AUTHORITY");
    }
}
