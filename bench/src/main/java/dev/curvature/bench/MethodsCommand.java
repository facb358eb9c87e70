package dev.curvature.bench;

import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code curvature methods}: the registered methods and their configuration. */
@Command(name = "methods", mixinStandardHelpOptions = true,
        description = "List the registered methods and their full configuration.")
final class MethodsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (String name : Optimizers.names()) {
            Optimizer o = Optimizers.named(name);
            out.printf(Locale.ROOT, "%-22s %s%n", name, o);
        }
        out.flush();
    }
}
