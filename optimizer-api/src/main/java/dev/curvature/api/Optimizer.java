package dev.curvature.api;

import dev.curvature.api.spi.Checks;

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

    /**
     * Minimizes {@code f} over the box {@code bounds} (l ≤ x ≤ u) from {@code x0}. A start point
     * outside the box is projected onto it ({@link OptimizationResult#startProjected()}). The
     * result reports the projected-gradient norm ‖P(x − ∇f) − x‖∞ as its first-order measure and
     * the active set ({@link OptimizationResult#activeSet()}); the gradient tolerance applies to
     * the projected gradient.
     *
     * @throws IllegalArgumentException as {@link #minimize(Objective, double[])}, when
     *     {@code bounds} is null or of another dimension, or when this method cannot honour
     *     finite bounds (the message names the method and the ones that can)
     */
    default OptimizationResult minimize(Objective f, double[] x0, Bounds bounds) {
        return minimize(f, x0, bounds, IterationListener.NONE);
    }

    /**
     * As {@link #minimize(Objective, double[], Bounds)}, reporting every iteration to
     * {@code listener}. The default accepts only boxes without a finite bound (it then runs the
     * unconstrained method) and refuses others; methods that honour bounds override it.
     */
    default OptimizationResult minimize(Objective f, double[] x0, Bounds bounds,
            IterationListener listener) {
        if (f == null) {
            throw new IllegalArgumentException("objective must not be null");
        }
        Checks.bounds(bounds, f.dimension());
        if (bounds.hasFiniteBound()) {
            throw new IllegalArgumentException(Checks.boundsRefused(name()));
        }
        return minimize(f, x0, listener);
    }
}
