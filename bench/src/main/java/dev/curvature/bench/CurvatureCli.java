package dev.curvature.bench;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code curvature} command line: run and compare minimization methods on test problems. */
@Command(name = "curvature", mixinStandardHelpOptions = true, version = "curvature 0.1.0",
        description = "Smooth minimization around the Hessian: run and compare methods.",
        subcommands = {RunCommand.class, CompareCommand.class, MethodsCommand.class,
                ProblemsCommand.class})
public final class CurvatureCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Entry point; exits with the subcommand's status: 0 on success, 2 for bad arguments (one line
     * on standard error naming the option), 1 when an output file cannot be written.
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CurvatureCli());
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("curvature: " + e.getMessage());
            return 2;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("curvature: " + e.getMessage());
                return 2;
            }
            if (e instanceof UncheckedIOException) {
                commandLine.getErr().println("curvature: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl;
    }
}
