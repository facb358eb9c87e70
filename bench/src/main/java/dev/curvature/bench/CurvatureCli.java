package dev.curvature.bench;

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

    /** Entry point; exits with the subcommand's status (2 for bad arguments). */
    public static void main(String[] args) {
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
            throw e;
        });
        return cl;
    }
}
