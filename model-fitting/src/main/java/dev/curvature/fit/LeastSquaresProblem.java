package dev.curvature.fit;

import org.ejml.data.DMatrixRMaj;

/**
 * A nonlinear least-squares problem: minimize ½‖r(p)‖² over the parameters p ∈ ℝⁿ, where
 * r: ℝⁿ → ℝᵐ are the residuals (for a regression, rᵢ = model(xᵢ; p) − yᵢ, or the other sign)
 * and J(p) = ∂r/∂p is their m×n Jacobian (Nocedal &amp; Wright, 2nd ed., ch. 10).
 *
 * <p>Implementations must not keep the arrays they are handed. They may return non-finite
 * residuals where the model is undefined; the fit then steps back. An implementation is used by
 * one fit at a time unless it documents otherwise.
 */
public interface LeastSquaresProblem {

    /** The number of parameters n, at least 1. */
    int parameters();

    /** The number of observations (residuals) m, at least {@link #parameters()}. */
    int observations();

    /**
     * Writes r(p) into {@code out}.
     *
     * @param p the parameters (length n; do not modify)
     * @param out receives the m residuals
     */
    void residuals(double[] p, double[] out);

    /**
     * Writes the Jacobian J(p), Jᵢⱼ = ∂rᵢ/∂pⱼ, into {@code out}.
     *
     * @param p the parameters (length n; do not modify)
     * @param out an m×n matrix to overwrite
     */
    void jacobian(double[] p, DMatrixRMaj out);
}
