package dev.curvature.bench;

import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import picocli.CommandLine.Command;

/** {@code curvature methods}: the registered methods and their configuration. */
@Command(name = "methods", description = "List the registered methods.")
final class MethodsCommand implements Runnable {
    @Override
    public void run() {
        for (String name : Optimizers.names()) {
            Optimizer o = Optimizers.named(name);
            System.out.printf("%-22s %s%n", name, o);
        }
    }
}
