package dev.curvature.api;

/**
 * Sees each iterate of a run (iteration 0 is the start point) and may stop the run. Called on
 * the thread that runs {@code minimize}. A listener that throws stops the run with
 * {@link TerminationReason#STOPPED_BY_LISTENER}, the exception kept as the result's cause.
 */
@FunctionalInterface
public interface IterationListener {

    /** A listener that never stops the run. */
    IterationListener NONE = info -> true;

    /**
     * Called after each accepted step.
     *
     * @param info a live view of the run, valid only during this call (copy what you keep)
     * @return true to continue, false to stop with {@link TerminationReason#STOPPED_BY_LISTENER}
     */
    boolean onIteration(IterationInfo info);
}
