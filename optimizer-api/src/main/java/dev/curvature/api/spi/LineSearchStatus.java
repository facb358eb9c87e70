package dev.curvature.api.spi;

/** How a line search ended. */
public enum LineSearchStatus {
    /** An acceptable step was found. */
    SUCCESS,
    /** φ'(0) ≥ 0 (or NaN): the direction is not a descent direction. */
    NOT_DESCENT,
    /** The evaluation limit of the search was reached without an acceptable step. */
    MAX_EVALUATIONS,
    /** The bracketing interval or the step became smaller than the search's tolerance. */
    INTERVAL_TOO_SMALL,
    /** φ was non-finite at every step tried. */
    NON_FINITE
}
