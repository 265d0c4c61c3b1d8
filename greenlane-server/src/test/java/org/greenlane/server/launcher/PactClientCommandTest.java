package org.greenlane.server.launcher;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line of {@code ./greenlane pact-client create}; what it does is tested through the PactPartners it calls. */
class PactClientCommandTest {

    @Test
    void partnersSeeAllFootprintsOfTheDemoExporterUnlessToldOtherwise() {
        PactClientCommand.Create options = parse("pact-client", "create", "--name", "Conformance suite");
        assertThat(options.name).isEqualTo("Conformance suite");
        assertThat(options.shareAll).isTrue();
        assertThat(options.organisation).isNull();

        options = parse("pact-client", "create", "--name", "Customer", "--organisation",
                "Shenzhen Sunpath Solar Technology Co., Ltd.", "--no-share-all");
        assertThat(options.shareAll).isFalse();
        assertThat(options.organisation).isEqualTo("Shenzhen Sunpath Solar Technology Co., Ltd.");
    }

    private static PactClientCommand.Create parse(String... args) {
        CommandLine.ParseResult parsed = Greenlane.commandLine().parseArgs(args);
        return (PactClientCommand.Create) parsed.subcommand().subcommand().commandSpec().userObject();
    }

    @Test
    void aMissingNameIsAUsageError() {
        StringWriter errors = new StringWriter();
        CommandLine greenlane = Greenlane.commandLine();
        greenlane.setErr(new PrintWriter(errors));

        int exit = greenlane.execute("pact-client", "create");

        assertThat(exit).isEqualTo(Greenlane.USAGE_ERROR);
        assertThat(errors.toString()).contains("Missing required option: '--name=<name>'");
    }
}
