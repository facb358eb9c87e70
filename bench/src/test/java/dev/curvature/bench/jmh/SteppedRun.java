package dev.curvature.bench.jmh;

import dev.curvature.api.IterationInfo;
import dev.curvature.api.Objective;
import dev.curvature.api.IterationListener;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import java.util.concurrent.locks.LockSupport;

/**
 * One run of an optimizer, held between iterations so that a benchmark can time one iteration at
 * a time: the run goes on in its own thread, and its listener parks that thread after every
 * iteration from {@code start} on until {@link #step()} lets exactly one more iteration through.
 * The listener and the hand-over allocate nothing (volatile fields, {@link LockSupport}), so the
 * bytes a JMH iteration allocates are those of the optimizer's own iterations. The caller parks
 * while an iteration runs (so that it leaves the core to the run); the run's thread, which waits
 * only for the caller to come back from JMH's loop, spins briefly ({@link Thread#onSpinWait()})
 * before it parks. The hand-over costs tens of microseconds.
 */
final class SteppedRun implements IterationListener, Runnable {
    private final Optimizer optimizer;
    private final Objective objective;
    private final double[] x0;
    private final int start;
    private final Thread worker;
    private final Thread caller;
    /** The last iteration the run reached (written by the worker). */
    private volatile int reached = -1;
    /** Spins before the run's thread parks. */
    private static final int SPINS = 2_000;
    /** The iteration the run may go on to (written by the caller). */
    private volatile int granted;
    private volatile boolean stopping;
    private volatile OptimizationResult result;

    /**
     * Starts the run and waits until it has reached iteration {@code start}.
     *
     * @param optimizer the method, with criteria that let it run past every iteration measured
     * @param start the first iteration at which the run is held (warm-up iterations before it)
     */
    SteppedRun(Optimizer optimizer, Objective objective, double[] x0, int start) {
        this.optimizer = optimizer;
        this.objective = objective;
        this.x0 = x0;
        this.start = start;
        this.granted = start;
        this.caller = Thread.currentThread();
        this.worker = new Thread(this, "stepped-run");
        worker.setDaemon(true);
        worker.start();
        awaitIteration(start);
    }

    @Override
    public void run() {
        result = optimizer.minimize(objective, x0, this);
        LockSupport.unpark(caller);
    }

    @Override
    public boolean onIteration(IterationInfo info) {
        int k = info.iteration();
        reached = k;
        if (k < start) {
            return true;
        }
        LockSupport.unpark(caller);
        int spins = 0;
        while (granted <= k && !stopping) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        return !stopping;
    }

    /** Lets the run make one more iteration and waits for it. */
    void step() {
        int next = reached + 1;
        granted = next;
        LockSupport.unpark(worker);
        awaitIteration(next);
    }

    private void awaitIteration(int k) {
        while (reached < k) {
            if (result != null) {
                throw new IllegalStateException("the run ended (" + result.termination() + " after "
                        + result.iterations() + " iterations) before iteration " + k
                        + ": measure fewer iterations");
            }
            LockSupport.park(this);
        }
    }

    /** The iteration the run is held at. */
    int iteration() {
        return reached;
    }

    /**
     * Ends the run (the listener stops it) and waits for the thread. Not called by the
     * benchmarks: JMH runs trial tear-downs inside the last measured iteration, where the run's
     * result (two n-vectors) would count; the daemon thread ends with the forked JVM.
     */
    void close() throws InterruptedException {
        stopping = true;
        LockSupport.unpark(worker);
        worker.join();
    }
}
