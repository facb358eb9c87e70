package dev.curvature.api.spi;

/**
 * Step-length selection along a direction: finds α > 0 with φ(α) = f(x + α·p) acceptable by the
 * search's conditions. Sees only φ and its slope, never vectors. Immutable configuration; each run
 * gets its own {@link State} holding every work variable, so no call allocates.
 *
 * <p>Contract for all implementations: a non-finite φ(α) shrinks the step instead of failing; the
 * search never returns an α whose φ is non-finite or larger than φ(0) + c₁αφ'(0) when it reports
 * {@link LineSearchStatus#SUCCESS} (except {@code requiresDescent() == false} searches, which accept
 * any finite value).
 */
public interface LineSearch {

    /** Per-run state. */
    State start();

    /**
     * False for searches that accept a step without checking decrease (the unit step of pure
     * Newton), which the driver then runs even along an ascent direction.
     */
    default boolean requiresDescent() {
        return true;
    }

    /**
     * True for searches that enforce the curvature condition (Wolfe searches), which secant
     * updates need for sᵀy &gt; 0 (N&amp;W §6.1); checked when an optimizer is composed.
     */
    default boolean enforcesCurvatureCondition() {
        return false;
    }

    /**
     * True for searches that never try an α above {@link LineFunction#maxStep()}, as a line
     * search in a box must (Moré–Thuente's α_max, backtracking from α₀ ≤ α_max). Default false.
     */
    default boolean honoursMaxStep() {
        return false;
    }

    /** The mutable state of one run's line searches. */
    interface State {

        /**
         * Searches along φ from {@code initialStep}.
         *
         * @param phi φ(α) = f(x + αp)
         * @param phi0 φ(0), finite
         * @param slope0 φ'(0)
         * @param initialStep the first trial α > 0
         * @return the outcome; on {@link LineSearchStatus#SUCCESS}, {@link #step()} and
         *     {@link #value()} give the accepted α and φ(α)
         */
        LineSearchStatus search(LineFunction phi, double phi0, double slope0, double initialStep);

        /** The accepted α of the last successful search. */
        double step();

        /** φ at the accepted α. */
        double value();
    }
}
