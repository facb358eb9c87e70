package dev.curvature.fit;

/** Whether a parameter covariance could be estimated, and if not, why. */
public enum CovarianceStatus {
    /** The covariance and standard errors are available. */
    AVAILABLE,
    /**
     * The optimizer did not converge ({@code optimization().converged()} is false): the point it
     * returned is not the estimate, and standard errors there would describe nothing, so none
     * are reported (issue 17: a fit that failed at its first step reported them at p0).
     */
    NOT_CONVERGED,
    /** JᵀJ (or the Hessian) is numerically singular: some parameter combination is not identified. */
    SINGULAR,
    /** The Hessian of the negative log-likelihood is not positive definite: not at a maximum. */
    NOT_POSITIVE_DEFINITE,
    /** m = n: no residual degrees of freedom to estimate σ² from. */
    NO_DEGREES_OF_FREEDOM,
    /** The Jacobian or Hessian at the estimate has non-finite entries or could not be evaluated. */
    NOT_FINITE,
    /**
     * The data of a generalized linear model are (quasi-)separated ({@link Separation}): the
     * maximum-likelihood estimate does not exist, some coefficients are infinite, and the inverse
     * Hessian at the point where the optimizer stopped is meaningless, so none is reported.
     */
    SEPARATION
}
