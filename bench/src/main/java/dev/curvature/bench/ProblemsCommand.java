package dev.curvature.bench;

import dev.curvature.problems.TestProblem;
import picocli.CommandLine.Command;

/** {@code curvature problems}: the shipped test problems. */
@Command(name = "problems", description = "List the test problems.")
final class ProblemsCommand implements Runnable {
    @Override
    public void run() {
        System.out.printf("%-30s %6s %9s %14s  %s%n", "name", "n", "scalable", "f*", "source");
        for (TestProblem p : Selection.problems("all", null)) {
            System.out.printf("%-30s %6d %9s %14s  %s%n", p.name(), p.dimension(),
                    p.scalable() ? "yes" : "no",
                    p.knownMinimum().isPresent() ? String.format("%.8g", p.knownMinimum().getAsDouble())
                            : "unknown", p.source());
        }
    }
}
