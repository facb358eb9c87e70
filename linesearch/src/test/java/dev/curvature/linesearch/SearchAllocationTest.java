package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code search} keeps all its state in the session: after warm-up, a thousand searches over the
 * Moré–Thuente functions allocate (next to) nothing on the calling thread. Measured with HotSpot's
 * per-thread allocation counter; skipped where the JVM does not provide it.
 */
class SearchAllocationTest {

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void searchDoesNotAllocate(WolfeSearches kind) {
        java.lang.management.ThreadMXBean plain = ManagementFactory.getThreadMXBean();
        assumeTrue(plain instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) plain;
        assumeTrue(bean.isThreadAllocatedMemorySupported());
        bean.setThreadAllocatedMemoryEnabled(true);

        MoreThuenteFunctions[] functions = MoreThuenteFunctions.values();
        ScalarLineFunction[] phis = new ScalarLineFunction[functions.length];
        LineSearch.State[] sessions = new LineSearch.State[functions.length];
        for (int i = 0; i < functions.length; i++) {
            phis[i] = new ScalarLineFunction(functions[i]);
            sessions[i] = kind.configure(functions[i].mu, functions[i].eta).start();
        }
        runAll(functions, phis, sessions, 2000); // warm-up (class loading, JIT)
        long thread = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(thread);
        int successes = runAll(functions, phis, sessions, 42);
        long allocated = bean.getThreadAllocatedBytes(thread) - before;
        assertEquals(42 * functions.length * MoreThuenteFunctions.INITIAL_STEPS.length, successes);
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes in "
                + successes + " searches");
    }

    private static int runAll(MoreThuenteFunctions[] functions, ScalarLineFunction[] phis,
            LineSearch.State[] sessions, int rounds) {
        int successes = 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < functions.length; i++) {
                double phi0 = functions[i].value(0);
                double slope0 = functions[i].derivative(0);
                for (double alpha0 : MoreThuenteFunctions.INITIAL_STEPS) {
                    if (sessions[i].search(phis[i], phi0, slope0, alpha0) == LineSearchStatus.SUCCESS) {
                        successes++;
                    }
                }
            }
        }
        return successes;
    }
}
