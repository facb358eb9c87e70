package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curvature.api.IterationInfo;
import dev.curvature.api.IterationListener;
import java.lang.management.ManagementFactory;

/**
 * A listener that reads this thread's allocation counter (the HotSpot {@code ThreadMXBean}
 * extension) at the records {@code from} and {@code to} of a run, for the allocation tests.
 */
final class AllocationWindow implements IterationListener {
    private final com.sun.management.ThreadMXBean bean;
    private final int from;
    private final int to;
    private int records;
    long atFrom = -1;
    long atTo = -1;

    AllocationWindow(com.sun.management.ThreadMXBean bean, int from, int to) {
        this.bean = bean;
        this.from = from;
        this.to = to;
    }

    /** The counter, with allocation counting switched on; the test is skipped without one. */
    static com.sun.management.ThreadMXBean counter() {
        java.lang.management.ThreadMXBean plain = ManagementFactory.getThreadMXBean();
        assumeTrue(plain instanceof com.sun.management.ThreadMXBean,
                "thread allocation counting unavailable");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) plain;
        assumeTrue(bean.isThreadAllocatedMemorySupported(), "thread allocation counting unavailable");
        bean.setThreadAllocatedMemoryEnabled(true);
        return bean;
    }

    /** The bytes a read of the counter itself allocates, if any. */
    static long probeCost(com.sun.management.ThreadMXBean bean) {
        long probe = bean.getCurrentThreadAllocatedBytes();
        return bean.getCurrentThreadAllocatedBytes() - probe;
    }

    /** Bytes allocated between the two records, less the probe cost. */
    long allocated(long probeCost) {
        return atTo - atFrom - probeCost;
    }

    @Override
    public boolean onIteration(IterationInfo info) {
        int k = records++;
        if (k == from) {
            atFrom = bean.getCurrentThreadAllocatedBytes();
        } else if (k == to) {
            atTo = bean.getCurrentThreadAllocatedBytes();
        }
        return true;
    }
}
