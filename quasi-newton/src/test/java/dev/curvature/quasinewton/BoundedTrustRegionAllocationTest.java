package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A trust-region iteration in a box — the projected step of Lin &amp; Moré (generalized Cauchy
 * step, projected CG and searches), the ratio test and the driver — allocates nothing once the
 * run is under way: {@code sr1} on the extended Rosenbrock function with bounds that are active at
 * the solution, the bytes this thread allocates between two records counted by the HotSpot
 * {@code ThreadMXBean} extension after warm-up runs.
 */
class BoundedTrustRegionAllocationTest {
    private static final int FROM = 10;
    private static final int TO = 30;

    @Test
    void steadyStateIterationsInABoxAllocateNothing() {
        com.sun.management.ThreadMXBean bean = AllocationWindow.counter();

        TestProblem problem = TestProblems.byName("extended-rosenbrock").withDimension(40);
        int n = problem.dimension();
        double[] lower = new double[n];
        double[] upper = new double[n];
        Arrays.fill(lower, -1.0);
        Arrays.fill(upper, 0.8); // x* = (1, …, 1) lies outside: every variable ends on 0.8 or inside
        Bounds box = Bounds.of(lower, upper);
        Optimizer sr1 = Optimizers.named("sr1");
        long probeCost = AllocationWindow.probeCost(bean);

        long total = 0;
        int measured = 0;
        for (int run = 0; run < 40; run++) {
            AllocationWindow window = new AllocationWindow(bean, FROM, TO);
            OptimizationResult r = sr1.minimize(problem.objective(), problem.start(), box, window);
            assertTrue(r.converged() && window.atTo >= 0, r.toString());
            assertTrue(r.activeSet().length > 0, r.toString());
            if (run >= 20) { // the first 20 runs warm the JIT up
                total += window.allocated(probeCost);
                measured += TO - FROM;
            }
        }
        assertEquals(20 * (TO - FROM), measured);
        // one object per record would be at least 16 bytes × 400 records
        assertTrue(total <= 1024, "bytes allocated by " + measured
                + " steady-state bounded SR1 trust-region records: " + total);
    }
}
