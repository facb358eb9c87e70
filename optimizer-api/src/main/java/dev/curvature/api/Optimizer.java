package dev.curvature.api;

/**
 * A minimization method. Implementations are immutable and thread-safe: all state of a run lives
 * in objects created by {@code minimize}, so one instance may serve many threads at once.
 */
public interface Optimizer {

    /** The method's registered name, e.g. {@code "damped-newton"}. */
    String name();

    /** When this optimizer stops. */
    ConvergenceCriteria criteria();

    /** The same method with other stopping rules. */
    Optimizer withCriteria(ConvergenceCriteria criteria);

    /**
     * Minimizes {@code f} from {@code x0}. Never mutates {@code x0}; never throws for numerical
     * trouble (that is reported in the result's {@link TerminationReason}).
     *
     * @throws IllegalArgumentException when the input is unusable: null arguments, {@code x0} of
     *     the wrong length or with non-finite entries, an objective this method cannot use
     */
    default OptimizationResult minimize(Objective f, double[] x0) {
        return minimize(f, x0, IterationListener.NONE);
    }

    /** As {@link #minimize(Objective, double[])}, reporting every iteration to {@code listener}. */
    OptimizationResult minimize(Objective f, double[] x0, IterationListener listener);
}
