package dev.curvature.api.spi;

/**
 * How a step is made safe far from the solution: a line search along the model's direction
 * ({@code dev.curvature.linesearch.LineSearchGlobalization}) or a trust region around the model
 * ({@code dev.curvature.trustregion.TrustRegion}). Immutable; each run gets its own {@link State}.
 *
 * <p>The step protocol: the driver calls {@link State#step} once per pass of its loop and acts on
 * the {@link StepOutcome}; a globalization never updates or resets the curvature model, never
 * moves the iterate and never ends the run itself. It reads the iterate from the
 * {@link RunState}, evaluates trial points into {@link RunState#trialPoint()} and
 * {@link RunState#trialGradient()}, and describes the step for the iteration record with
 * {@link RunState#describeStep}.
 */
public interface Globalization {

    /** Per-run state, allocated once. */
    State start(RunState state);

    /**
     * Checks that this globalization can work with {@code curvature}, before any run.
     *
     * @throws IllegalArgumentException with a message that says why the composition is
     *     incoherent (the default accepts every provider)
     */
    default void validate(CurvatureProvider curvature) {
    }

    /**
     * Whether this globalization keeps every trial point in a box l ≤ x ≤ u
     * ({@link RunState#bounds()}) when composed with {@code curvature}, so that the method
     * honours bounds. Default false: the method refuses finite bounds.
     */
    default boolean acceptsBounds(CurvatureProvider curvature) {
        return false;
    }

    /** The mutable state of one run's step control. */
    interface State {

        /**
         * Makes one step (or one trust-region trial) from the current iterate.
         *
         * @return the outcome, owned by this state and valid until the next call
         */
        StepOutcome step(RunState state);

        /**
         * Called instead of a retry when {@link #step} asked for a model reset
         * ({@link StepOutcome.RetryAfterReset}) and the model could not forget anything.
         *
         * @return a {@link StepOutcome.Failed} (possibly moving to the best point of the last
         *     attempt)
         */
        StepOutcome.Failed giveUp(RunState state);
    }
}
