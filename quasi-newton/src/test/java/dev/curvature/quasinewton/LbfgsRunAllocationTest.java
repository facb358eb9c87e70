package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curvature.api.IterationInfo;
import dev.curvature.api.IterationListener;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.lang.management.ManagementFactory;
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

    /** Records this thread's allocation counter at iterations FROM and TO. */
    private static final class Window implements IterationListener {
        private final com.sun.management.ThreadMXBean bean;
        long atFrom = -1;
        long atTo = -1;

        Window(com.sun.management.ThreadMXBean bean) {
            this.bean = bean;
        }

        @Override
        public boolean onIteration(IterationInfo info) {
            int k = info.iteration();
            if (k == FROM) {
                atFrom = bean.getCurrentThreadAllocatedBytes();
            } else if (k == TO) {
                atTo = bean.getCurrentThreadAllocatedBytes();
            }
            return true;
        }
    }

    @Test
    void steadyStateIterationsThroughTheDriverAllocateNothing() {
        java.lang.management.ThreadMXBean plain = ManagementFactory.getThreadMXBean();
        assumeTrue(plain instanceof com.sun.management.ThreadMXBean,
                "thread allocation counting unavailable");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) plain;
        assumeTrue(bean.isThreadAllocatedMemorySupported(), "thread allocation counting unavailable");
        bean.setThreadAllocatedMemoryEnabled(true);

        TestProblem problem = TestProblems.byName("extended-rosenbrock").withDimension(2000);
        Optimizer lbfgs = Optimizers.named("lbfgs");
        // the cost of reading the counter itself, if any
        long probe = bean.getCurrentThreadAllocatedBytes();
        long probeCost = bean.getCurrentThreadAllocatedBytes() - probe;

        long total = 0;
        int iterations = 0;
        for (int run = 0; run < 40; run++) {
            Window window = new Window(bean);
            OptimizationResult r = lbfgs.minimize(problem.objective(), problem.start(), window);
            assertTrue(r.converged() && r.iterations() > TO, r.toString());
            if (run >= 20) { // the first 20 runs warm the JIT up
                total += window.atTo - window.atFrom - probeCost;
                iterations += TO - FROM;
            }
        }
        assertEquals(20 * (TO - FROM), iterations);
        // one object per iteration would be at least 16 bytes × 400 iterations
        assertTrue(total <= 1024, "bytes allocated by " + iterations
                + " steady-state L-BFGS iterations: " + total);
    }
}
