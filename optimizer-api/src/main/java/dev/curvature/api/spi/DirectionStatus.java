package dev.curvature.api.spi;

/** Whether a {@link CurvatureModel} could produce a search direction. */
public enum DirectionStatus {
    /** The direction was written. */
    OK,
    /**
     * The direction written is one of negative curvature (dᵀBd &lt; 0, gᵀd ≤ 0), taken to leave a
     * saddle point; gᵀd may be zero there, so the globalization measures its decrease by the
     * model, gᵀd + ½dᵀBd.
     */
    NEGATIVE_CURVATURE,
    /** The model's matrix is singular: the Newton system has no unique solution. */
    SINGULAR,
    /** The model's matrix has non-finite entries (e.g. a Hessian with NaN). */
    NON_FINITE
}
