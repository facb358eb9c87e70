package dev.curvature.api;

/** Where the step of an iteration came from, as the iteration record reports it. */
public enum DirectionKind {
    /** No step: the record of the start point. */
    NONE,
    /** The curvature model's direction p = −B⁻¹g, searched by a line search. */
    MODEL,
    /**
     * The model's direction after a reset of the model (the first direction failed): scaled
     * steepest descent for secant and Newton models, a more damped step for Levenberg models.
     */
    AFTER_RESET,
    /** A direction of negative curvature, taken to leave a saddle point. */
    NEGATIVE_CURVATURE,
    /** A step from the trust-region subproblem. */
    TRUST_REGION
}
