package dev.curvature.api;

/** Whether a {@link CurvatureModel} could produce a search direction. */
public enum DirectionStatus {
    /** The direction was written. */
    OK,
    /** The model's matrix is singular: the Newton system has no unique solution. */
    SINGULAR,
    /** The model's matrix has non-finite entries (e.g. a Hessian with NaN). */
    NON_FINITE
}
