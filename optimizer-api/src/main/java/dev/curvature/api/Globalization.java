package dev.curvature.api;

/**
 * How a step is made safe far from the solution: a line search along the model's direction
 * ({@link LineSearchGlobalization}) or a trust region around the model. Immutable; each run gets
 * its own {@link Session}.
 */
public interface Globalization {

    /** Per-run state, allocated once. */
    Session start(RunState state);

    /** The mutable state of one run's step control. */
    interface Session {

        /**
         * Makes one step from the current iterate of {@code state}: on success writes the new point
         * into {@link RunState#trialPoint()} and {@link RunState#trialGradient()} and calls
         * {@link RunState#acceptTrial}; on failure calls {@link RunState#fail} (and may still
         * accept a trial that improves f, so the best point is kept).
         */
        void step(RunState state);
    }
}
