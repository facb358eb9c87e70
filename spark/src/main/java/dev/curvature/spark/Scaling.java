package dev.curvature.spark;

/**
 * How the rows' losses are combined before the L2 term is added.
 */
public enum Scaling {
    /**
     * The weighted mean (1/W)·Σᵢ wᵢ·ℓᵢ with W = Σᵢ wᵢ, as Spark MLlib does: the objective, its
     * gradient and so the gradient tolerance do not grow with the number of rows, and the L2
     * weight λ means the same thing on a sample and on the full data. The default.
     */
    MEAN,
    /**
     * The weighted sum Σᵢ wᵢ·ℓᵢ: the negative log-likelihood itself, so with λ = 0 the inverse
     * Hessian at the optimum is the asymptotic covariance of the coefficients (standard errors).
     */
    SUM
}
