package org.greenlane.server.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./greenlane} command line. The shell script only builds the jar if needed and calls
 * this; every subcommand is Java.
 */
@Command(name = "greenlane",
        mixinStandardHelpOptions = true,
        versionProvider = Greenlane.Version.class,
        description = "Greenlane: open software for green trade.",
        subcommands = {DemoCommand.class, ServeCommand.class, ImportCommand.class, BenchCommand.class, RiskCommand.class,
                VerifyCommand.class, AuditCommand.class, PactClientCommand.class, OrganisationCommand.class,
                CommandLine.HelpCommand.class})
public final class Greenlane implements Runnable {

    /** BSD sysexits EX_CONFIG: the configuration is wrong. */
    static final int CONFIGURATION_ERROR = 78;
    /** picocli's code for a wrong command line, used for unknown names too. */
    static final int USAGE_ERROR = CommandLine.ExitCode.USAGE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Greenlane()).setExecutionExceptionHandler((failure, command, parsed) -> {
            if (failure instanceof ConfigurationProblem problem) {
                command.getErr().println("greenlane: " + problem.getMessage());
                return CONFIGURATION_ERROR;
            }
            throw failure;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Greenlane.class.getPackage().getImplementationVersion();
            return new String[]{"Greenlane " + (version == null ? "(development build)" : version)};
        }
    }
}
