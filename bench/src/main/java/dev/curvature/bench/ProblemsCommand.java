package dev.curvature.bench;

import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code curvature problems}: the shipped test problems and the sizes each accepts. */
@Command(name = "problems", mixinStandardHelpOptions = true,
        description = "List the test problems: default n, the sizes --n may give (rounded to the"
                + " nearest of them), f* and the source.")
final class ProblemsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-28s %5s  %-14s %14s  %s%n", "name", "n", "valid n", "f*", "source");
        List<TestProblem> problems = new ArrayList<>(TestProblems.all());
        problems.addAll(TestProblems.extended());
        problems.addAll(TestProblems.bounded());
        for (TestProblem p : problems) {
            out.printf(Locale.ROOT, "%-28s %5d  %-14s %14s  %s%n", p.name(), p.dimension(),
                    p.dimensions(), p.knownMinimum().isPresent()
                            ? String.format(Locale.ROOT, "%.8g", p.knownMinimum().getAsDouble()) : "unknown",
                    p.bounds().isPresent() ? "[bounded] " + p.source() : p.source());
        }
        out.printf(Locale.ROOT, "%d problems: %d MGH (Moré, Garbow & Hillstrom 1981), %d CUTEst-style"
                + " (--problems all: the core set and %d extended: NIST StRD, CUTEst, Lukšan–Vlček);"
                + " --problems bounded: %d bound-constrained (Hock & Schittkowski, CUTEst)%n",
                TestProblems.all().size(), TestProblems.mgh().size(), TestProblems.cutest().size(),
                TestProblems.extended().size(), TestProblems.bounded().size());
        out.flush();
    }
}
