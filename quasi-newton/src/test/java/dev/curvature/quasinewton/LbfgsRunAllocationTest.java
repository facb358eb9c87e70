package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import org.junit.jupiter.api.Test;

/**
 * The whole {@code lbfgs} iteration — driver, Moré–Thuente line search, two-loop recursion, update
 * and listener call — allocates nothing once the run is under way: the bytes this thread allocates
 * between two iterations of a run, counted by the HotSpot {@code ThreadMXBean} extension, after
 * warm-up runs. The run's own set-up (work arrays, the result) is outside the window.
 */
class LbfgsRunAllocationTest {
    /** Iterations [FROM, TO) of each run are measured: the ring buffer (m = 10) is full by then. */
    private static final int FROM = 12;
    private static final int TO = 32;

    @Test
    void steadyStateIterationsThroughTheDriverAllocateNothing() {
        com.sun.management.ThreadMXBean bean = AllocationWindow.counter();

        TestProblem problem = TestProblems.byName("extended-rosenbrock").withDimension(2000);
        Optimizer lbfgs = Optimizers.named("lbfgs");
        long probeCost = AllocationWindow.probeCost(bean);

        long total = 0;
        int iterations = 0;
        for (int run = 0; run < 40; run++) {
            AllocationWindow window = new AllocationWindow(bean, FROM, TO);
            OptimizationResult r = lbfgs.minimize(problem.objective(), problem.start(), window);
            assertTrue(r.converged() && r.iterations() > TO, r.toString());
            if (run >= 20) { // the first 20 runs warm the JIT up
                total += window.allocated(probeCost);
                iterations += TO - FROM;
            }
        }
        assertEquals(20 * (TO - FROM), iterations);
        // one object per iteration would be at least 16 bytes × 400 iterations
        assertTrue(total <= 1024, "bytes allocated by " + iterations
                + " steady-state L-BFGS iterations: " + total);
    }
}
