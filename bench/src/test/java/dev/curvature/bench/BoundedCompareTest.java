package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.IterationListener;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.SecondOrder;
import dev.curvature.api.TerminationReason;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bound-constrained set on the command line: {@code --problems bounded} selects
 * {@code TestProblems.bounded()}, the default methods are the bound-honouring ones, a method that
 * refuses bounds is a "refused" row (not a crash), and a bounded row records the projected
 * gradient and the active bounds, in the table and in results.csv, and is solved only when both
 * f and the projected gradient say so.
 */
class BoundedCompareTest {
    @TempDir
    Path dir;

    /**
     * A stand-in for a bound-honouring method: it "returns" a fixed point (the problem's x*, or
     * P(x0) when told to stop at the start) with the given termination, computing f, ∇f, the
     * projected gradient and the active set there as the driver does.
     */
    private record Oracle(boolean atMinimizer, TerminationReason reason) implements Optimizer {
        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public ConvergenceCriteria criteria() {
            return ConvergenceCriteria.defaults();
        }

        @Override
        public Optimizer withCriteria(ConvergenceCriteria criteria) {
            return this;
        }

        @Override
        public OptimizationResult minimize(Objective f, double[] x0, IterationListener listener) {
            throw new UnsupportedOperationException("only bounded runs");
        }

        @Override
        public OptimizationResult minimize(Objective f, double[] x0, Bounds bounds,
                IterationListener listener) {
            TestProblem p = TestProblems.bounded().stream()
                    .filter(q -> q.objective() == f).findFirst().orElseThrow();
            double[] x = atMinimizer ? p.knownMinimizer().orElseThrow() : x0.clone();
            bounds.project(x, x);
            double[] g = new double[x.length];
            double value = f.valueAndGradient(x, g);
            double gNorm = Arrays.stream(g).map(Math::abs).max().orElse(0);
            return new OptimizationResult(x, value, g, gNorm, 1, 1, 1, 0, reason, Duration.ZERO,
                    reason.name(), Optional.empty(), SecondOrder.UNCHECKED,
                    bounds.projectedGradientNorm(x, g), bounds.activeSet(x), false);
        }
    }

    @Test
    void boundedSetDefaultsToTheBoundHonouringMethods() {
        assertEquals("lbfgsb,newton-trust-region", Selection.defaultMethods("bounded"));
        assertEquals("lbfgsb,newton-trust-region", Selection.defaultMethods("hs1,palmer2"));
        assertFalse(Selection.defaultMethods("hs1,rosenbrock").startsWith("lbfgsb"));
        // without bounds lbfgsb's runs are lbfgs's: the unconstrained default lists lbfgs once
        List<String> unconstrained = List.of(Selection.defaultMethods("mgh").split(","));
        assertTrue(unconstrained.contains("lbfgs"));
        assertFalse(unconstrained.contains("lbfgsb"));
        List<TestProblem> set = Selection.problems("bounded", null, List.of(), null);
        assertEquals(TestProblems.bounded(), set);
    }

    @Test
    void aMethodThatRefusesBoundsIsAReportedRefusalNotACrash() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CurvatureCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        Path results = dir.resolve("bounded");
        int code = cl.execute("compare", "--problems", "hs4,hs45", "--methods", "bfgs",
                "--out", results.toString(), "--no-progress");
        assertEquals(0, code, err.toString());
        List<String> lines = Files.readAllLines(results.resolve("results.csv"));
        assertEquals(3, lines.size(), String.join("\n", lines));
        for (String line : lines.subList(1, 3)) {
            assertTrue(line.startsWith("bfgs,hs"), line);
            assertTrue(line.contains(",refused,false,"), line);
            assertTrue(line.contains("bfgs"), line);
        }
        String table = out.toString();
        assertTrue(table.contains("refused"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("bfgs") && l.contains(" 0 ")
                && l.contains(" 2 ")), "summary: 0 solved of 2 runs\n" + table);
    }

    @Test
    void aBoundedRowRecordsTheProjectedGradientAndActiveBoundsAndIsSolvedOnlyWhenCritical() {
        TestProblem hs4 = TestProblems.byName("hs4");
        Row atMinimizer = CompareCommand.run(new Oracle(true, TerminationReason.GRADIENT_TOLERANCE),
                hs4, 1, hs4.start());
        assertNull(atMinimizer.error());
        assertTrue(atMinimizer.bounded());
        assertTrue(atMinimizer.solved(), "x* = (1, 0) with both bounds active solves HS4");
        assertEquals(2, atMinimizer.activeBounds());
        assertEquals(0, atMinimizer.projectedGradientNorm(), 1e-15);
        // ∇f(x*) = (4, 1) pushes into both lower bounds: the gradient is large, the projected one 0
        assertEquals(4, atMinimizer.result().gradientNorm(), 1e-12);

        Row atStart = CompareCommand.run(new Oracle(false, TerminationReason.MAX_ITERATIONS), hs4, 1,
                hs4.start());
        assertFalse(atStart.solved());
        assertEquals(0, atStart.activeBounds());
        assertTrue(atStart.projectedGradientNorm() > 0.1, "P(x0 − ∇f) − x0 at x0 = (1.125, 0.125)");

        // f = f* but neither converged nor critical to the gradient tolerance: not solved
        TestProblem hs2 = TestProblems.byName("hs2");
        Row flat = CompareCommand.run(new Oracle(true, TerminationReason.MAX_ITERATIONS), hs2, 1,
                hs2.start());
        assertEquals(1, flat.activeBounds());
        assertEquals(flat.projectedGradientNorm() <= ConvergenceCriteria.defaults().gradientTolerance(),
                flat.solved());

        StringWriter csv = new StringWriter();
        Tables.writeCsv(List.of(atMinimizer, atStart), new PrintWriter(csv, true));
        List<String> lines = csv.toString().lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int pg = header.indexOf("projected_grad_inf_norm");
        int active = header.indexOf("active_bounds");
        assertTrue(pg > 0 && active > 0, lines.get(0));
        String[] first = lines.get(1).split(",");
        assertEquals(0, Double.parseDouble(first[pg]), 1e-15);
        assertEquals("2", first[active]);
        String[] second = lines.get(2).split(",");
        assertEquals(atStart.projectedGradientNorm(), Double.parseDouble(second[pg]), 1e-12);

        StringWriter table = new StringWriter();
        Tables.printRuns(List.of(atMinimizer), new PrintWriter(table, true));
        assertTrue(table.toString().contains("‖Pg‖∞") && table.toString().contains("#act"),
                table.toString());
    }

    @Test
    void runHonoursTheBoxAndReportsTheProjectedGradientAndActiveBounds() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CurvatureCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // HS45 from its infeasible x0 = (2, …, 2): the minimizer (1, 2, 3, 4, 5) has all five
        // upper bounds active; an unconstrained run would leave the box.
        assertEquals(0, cl.execute("run", "--method", "lbfgsb", "--problem", "hs45"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("active bounds: 5; started from P(x0)"), text);
        assertTrue(text.contains("solved: yes"), text);
        assertEquals(2, cl.execute("run", "--method", "bfgs", "--problem", "hs45"));
        assertTrue(err.toString().contains("bfgs"), err.toString());
    }

    @Test
    void problemsCommandListsTheBoundedSet() {
        StringWriter out = new StringWriter();
        CommandLine cl = CurvatureCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("problems"));
        String list = out.toString();
        for (TestProblem p : TestProblems.bounded()) {
            assertTrue(list.lines().anyMatch(l -> l.startsWith(p.name() + " ") && l.contains("[bounded]")),
                    p.name());
        }
        assertTrue(list.contains(TestProblems.bounded().size() + " bound-constrained"), list);
    }
}
