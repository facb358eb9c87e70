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
 *
 * <p>Named {@code ResidualModel} (formerly {@code LeastSquaresProblem}) so that it does not clash
 * with Commons Math's {@code org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem},
 * which fitting code often imports alongside it. For lambdas use {@link #of(int, int, Residuals,
 * Jacobian)}; with residuals only, {@link #of(int, int, Residuals)} supplies a central-difference
 * Jacobian.
 */
public interface ResidualModel {

    /** The residual function r(p) of a {@link ResidualModel}, for lambdas. */
    @FunctionalInterface
    interface Residuals {
        /** Writes the m residuals r(p) into {@code out}; must not modify {@code p}. */
        void residuals(double[] p, double[] out);
    }

    /** The Jacobian J(p) = ∂r/∂p of a {@link ResidualModel}, for lambdas. */
    @FunctionalInterface
    interface Jacobian {
        /** Writes the m×n Jacobian into {@code out}; must not modify {@code p}. */
        void jacobian(double[] p, DMatrixRMaj out);
    }

    /**
     * A model from lambdas: {@code ResidualModel.of(2, t.length, (p, r) -> …, (p, j) -> …)}.
     *
     * @param parameters n ≥ 1
     * @param observations m ≥ n
     * @param residuals writes r(p)
     * @param jacobian writes J(p)
     * @throws IllegalArgumentException naming the argument when a count is out of range or a
     *     function is null
     */
    static ResidualModel of(int parameters, int observations, Residuals residuals,
            Jacobian jacobian) {
        return new LambdaResidualModel(parameters, observations, residuals, jacobian);
    }

    /**
     * A model from the residuals alone, its Jacobian by central differences (see
     * {@link FiniteDifferenceJacobian}: about 2n residual evaluations per Jacobian, accurate to
     * about ε^{2/3} relative). Holds work arrays, so one fit at a time.
     *
     * @param parameters n ≥ 1
     * @param observations m ≥ n
     * @param residuals writes r(p)
     * @throws IllegalArgumentException naming the argument when a count is out of range or the
     *     function is null
     */
    static ResidualModel of(int parameters, int observations, Residuals residuals) {
        return FiniteDifferenceJacobian.of(
                new LambdaResidualModel(parameters, observations, residuals, null));
    }

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
