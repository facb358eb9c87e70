package dev.curvature.fit;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.Vectors;
import dev.curvature.diagnostics.MatrixChecks;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Asymptotic covariance estimates of fitted parameters (Bates &amp; Watts, <i>Nonlinear
 * Regression Analysis and Its Applications</i>, 1988, ch. 2; Seber &amp; Wild, <i>Nonlinear
 * Regression</i>, 1989, ch. 2): σ²(JᵀJ)⁻¹ for least squares and H⁻¹ for a negative
 * log-likelihood. Both factor a column- or symmetrically-scaled matrix, so their singularity
 * tests do not depend on the units of the parameters, and both report failure as a
 * {@link CovarianceStatus} (never an exception for numerical trouble).
 */
public final class CovarianceEstimator {
    private CovarianceEstimator() {
    }

    /**
     * σ²(JᵀJ)⁻¹ with σ² = RSS/(m − n), without forming JᵀJ: with S = diag(1/‖Jⱼ‖) and the
     * Householder QR factorization J·S = QR (EJML), (JᵀJ)⁻¹ = S·R⁻¹R⁻ᵀ·S. Squaring nothing, this
     * is as accurate as the data allow even for the ill-conditioned NIST problems.
     *
     * <p>Status: {@link CovarianceStatus#NO_DEGREES_OF_FREEDOM} when m = n;
     * {@link CovarianceStatus#NOT_FINITE} for non-finite J; {@link CovarianceStatus#SINGULAR}
     * when a column of J is zero or min|Rᵢᵢ| ≤ max(m, n)·ε·max|Rᵢᵢ| (numerical rank below n).
     *
     * @param jacobian the m×n Jacobian at the estimate, m ≥ n ≥ 1; not modified
     * @param residualSumOfSquares ‖r‖² at the estimate, finite and ≥ 0
     * @throws IllegalArgumentException for a null or wide Jacobian or a bad sum of squares
     */
    public static ParameterCovariance leastSquares(DMatrixRMaj jacobian, double residualSumOfSquares) {
        Checks.notNull(jacobian, "jacobian");
        int m = jacobian.numRows;
        int n = jacobian.numCols;
        if (n < 1 || m < n) {
            throw new IllegalArgumentException(
                    "jacobian must be m×n with m ≥ n ≥ 1, was " + m + "×" + n);
        }
        Checks.nonNegative(residualSumOfSquares, "residualSumOfSquares");
        if (m == n) {
            return ParameterCovariance.unavailable(CovarianceStatus.NO_DEGREES_OF_FREEDOM,
                    "m = n = " + n + ": no residual degrees of freedom to estimate σ² from");
        }
        if (!Vectors.allFinite(jacobian.data)) {
            return ParameterCovariance.unavailable(CovarianceStatus.NOT_FINITE,
                    "the Jacobian has non-finite entries");
        }
        double[] scale = new double[n];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < n; c++) {
                double v = jacobian.unsafe_get(i, c);
                scale[c] += v * v;
            }
        }
        DMatrixRMaj scaled = new DMatrixRMaj(m, n);
        for (int c = 0; c < n; c++) {
            if (!(scale[c] > 0)) {
                return ParameterCovariance.unavailable(CovarianceStatus.SINGULAR,
                        "column " + c + " of the Jacobian is zero: parameter " + c
                                + " does not affect the residuals");
            }
            scale[c] = 1 / Math.sqrt(scale[c]);
        }
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < n; c++) {
                scaled.unsafe_set(i, c, jacobian.unsafe_get(i, c) * scale[c]);
            }
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, n);
        if (!qr.decompose(scaled)) {
            return ParameterCovariance.unavailable(CovarianceStatus.SINGULAR,
                    "EJML's QR decomposition of the scaled Jacobian failed");
        }
        DMatrixRMaj r = qr.getR(null, true);
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            double d = Math.abs(r.unsafe_get(c, c));
            largest = Math.max(largest, d);
            smallest = Math.min(smallest, d);
        }
        double threshold = Math.max(m, n) * Math.ulp(1.0) * largest;
        if (!(smallest > threshold)) {
            return ParameterCovariance.unavailable(CovarianceStatus.SINGULAR, String.format(
                    "JᵀJ is numerically singular: min|Rᵢᵢ|/max|Rᵢᵢ| = %.3e ≤ max(m, n)·ε = %.3e"
                            + " (column-scaled QR)", smallest / largest, threshold / largest));
        }
        double sigma2 = residualSumOfSquares / (m - n);
        DMatrixRMaj inverse = scaledInverse(r, true, scale, sigma2);
        return ParameterCovariance.available(inverse, String.format(
                "σ²(JᵀJ)⁻¹ with σ² = RSS/(m − n) = %.6e/%d = %.6e, by column-scaled QR"
                        + " (min|Rᵢᵢ|/max|Rᵢᵢ| = %.3e)", residualSumOfSquares, m - n, sigma2,
                smallest / largest));
    }

    /**
     * The covariance of a bounded fit whose parameters {@code fixed} lie on a bound: those are
     * not estimated in the usual sense — at an active bound the estimator's distribution is not
     * the asymptotic normal one (it is truncated, with an atom at the bound; Self &amp; Liang
     * 1987) — so they are treated as known, held at their bounds, and the result is
     * σ²(J_FᵀJ_F)⁻¹ of the k free parameters (J_F: J's free columns; σ² = RSS/(m − k)), the
     * covariance a fit with those parameters fixed would report, with NaN in the rows and
     * columns of the fixed ones. Without fixed parameters it is
     * {@link #leastSquares(DMatrixRMaj, double)}. Statuses as there, for J_F; when every
     * parameter is fixed the matrix is all NaN.
     *
     * @param fixed indices in [0, n), increasing (an {@code OptimizationResult.activeSet()})
     * @throws IllegalArgumentException as {@link #leastSquares(DMatrixRMaj, double)}, or for an
     *     index out of range
     */
    public static ParameterCovariance leastSquares(DMatrixRMaj jacobian, double residualSumOfSquares,
            int[] fixed) {
        Checks.notNull(fixed, "fixed");
        if (fixed.length == 0) {
            return leastSquares(jacobian, residualSumOfSquares);
        }
        Checks.notNull(jacobian, "jacobian");
        int m = jacobian.numRows;
        int n = jacobian.numCols;
        boolean[] held = new boolean[n];
        for (int i : fixed) {
            if (i < 0 || i >= n) {
                throw new IllegalArgumentException("fixed: index " + i + " is not in [0, " + n
                        + ")");
            }
            held[i] = true;
        }
        int[] free = java.util.stream.IntStream.range(0, n).filter(c -> !held[c]).toArray();
        DMatrixRMaj embedded = new DMatrixRMaj(n, n);
        java.util.Arrays.fill(embedded.data, Double.NaN);
        String heldList = java.util.Arrays.toString(fixed);
        if (free.length == 0) {
            return ParameterCovariance.available(embedded, "every parameter lies on a bound"
                    + " (" + heldList + "): none is estimated, no standard error");
        }
        DMatrixRMaj reduced = new DMatrixRMaj(m, free.length);
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < free.length; k++) {
                reduced.unsafe_set(i, k, jacobian.unsafe_get(i, free[k]));
            }
        }
        ParameterCovariance conditional = leastSquares(reduced, residualSumOfSquares);
        String prefix = "parameters " + heldList + " lie on a bound and are held there (NaN rows"
                + " and columns); ";
        if (!conditional.isAvailable()) {
            return ParameterCovariance.unavailable(conditional.status(),
                    prefix + conditional.message());
        }
        DMatrixRMaj c = conditional.matrix();
        for (int i = 0; i < free.length; i++) {
            for (int j = 0; j < free.length; j++) {
                embedded.unsafe_set(free[i], free[j], c.unsafe_get(i, j));
            }
        }
        return ParameterCovariance.available(embedded, prefix + "the free parameters': "
                + conditional.message());
    }

    /**
     * H⁻¹, the inverse observed information, for H the Hessian of a negative log-likelihood at
     * its minimizer. With S = diag(1/√Hᵢᵢ), the unit-diagonal S·H·S = LLᵀ is factored by EJML's
     * Cholesky, and H⁻¹ = S·L⁻ᵀL⁻¹·S.
     *
     * <p>Status: {@link CovarianceStatus#NOT_FINITE} for non-finite H;
     * {@link CovarianceStatus#NOT_POSITIVE_DEFINITE} when a diagonal entry is ≤ 0 or the Cholesky
     * factorization fails (the point is not a strict minimizer of the negative log-likelihood);
     * {@link CovarianceStatus#SINGULAR} when (min Lᵢᵢ/max Lᵢᵢ)² ≤ n·ε.
     *
     * @param hessian the n×n Hessian, symmetric within {@link MatrixChecks#SYMMETRY_TOLERANCE};
     *     not modified
     * @throws IllegalArgumentException for a null, empty, non-square or asymmetric matrix
     */
    public static ParameterCovariance inverseHessian(DMatrixRMaj hessian) {
        return inverseHessian(hessian, 1);
    }

    /**
     * c·H⁻¹: the covariance of the estimate when H is the Hessian of f = c·(−log L), a multiple
     * of a negative log-likelihood ({@link NegativeLogLikelihood#likelihoodScale()}); otherwise as
     * {@link #inverseHessian(DMatrixRMaj)}, whose statuses and singularity test (on the scaled
     * matrix) do not depend on c.
     *
     * @param hessian the n×n Hessian of f; not modified
     * @param likelihoodScale c &gt; 0
     * @throws IllegalArgumentException for a bad matrix (as above) or c not positive and finite
     */
    public static ParameterCovariance inverseHessian(DMatrixRMaj hessian, double likelihoodScale) {
        Checks.notNull(hessian, "hessian");
        Checks.positive(likelihoodScale, "likelihoodScale");
        if (hessian.numRows != hessian.numCols || hessian.numRows == 0) {
            throw new IllegalArgumentException("hessian must be square and at least 1×1, was "
                    + hessian.numRows + "×" + hessian.numCols);
        }
        if (!Vectors.allFinite(hessian.data)) {
            return ParameterCovariance.unavailable(CovarianceStatus.NOT_FINITE,
                    "the Hessian has non-finite entries");
        }
        MatrixChecks.requireSymmetric(hessian, "hessian");
        int n = hessian.numRows;
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            double d = hessian.unsafe_get(i, i);
            if (!(d > 0)) {
                return ParameterCovariance.unavailable(CovarianceStatus.NOT_POSITIVE_DEFINITE,
                        "hessian(" + i + "," + i + ") = " + d + " ≤ 0: not positive definite");
            }
            scale[i] = 1 / Math.sqrt(d);
        }
        DMatrixRMaj scaled = new DMatrixRMaj(n, n);
        MatrixChecks.symmetricPart(hessian, scaled);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                scaled.unsafe_set(i, j, scaled.unsafe_get(i, j) * scale[i] * scale[j]);
            }
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
        if (!chol.decompose(scaled)) {
            return ParameterCovariance.unavailable(CovarianceStatus.NOT_POSITIVE_DEFINITE,
                    "the Cholesky factorization of the scaled Hessian failed: not positive definite");
        }
        DMatrixRMaj l = chol.getT(null);
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(l.unsafe_get(i, i));
            largest = Math.max(largest, d);
            smallest = Math.min(smallest, d);
        }
        double ratio = smallest / largest;
        if (!(ratio * ratio > n * Math.ulp(1.0))) {
            return ParameterCovariance.unavailable(CovarianceStatus.SINGULAR, String.format(
                    "the Hessian is numerically singular: (min Lᵢᵢ/max Lᵢᵢ)² = %.3e ≤ n·ε",
                    ratio * ratio));
        }
        DMatrixRMaj inverse = scaledInverse(l, false, scale, likelihoodScale);
        return ParameterCovariance.available(inverse, String.format(
                "%sH⁻¹ by Cholesky of the unit-diagonal scaled Hessian ((min Lᵢᵢ/max Lᵢᵢ)² = %.3e)",
                likelihoodScale == 1 ? "" : String.format("c·H⁻¹ with c = %.6e: ", likelihoodScale),
                ratio * ratio));
    }

    /**
     * factor·S·(FᵀF)⁻¹·S for a triangular factor: R upper (from QR, FᵀF = RᵀR) or L lower (from
     * Cholesky, FFᵀ = LLᵀ). Both reduce to G = L⁻¹ with L lower (L = Rᵀ), (·)⁻¹ = GᵀG.
     */
    private static DMatrixRMaj scaledInverse(DMatrixRMaj factor, boolean upper, double[] scale,
            double multiplier) {
        int n = factor.numRows;
        DMatrixRMaj g = upper ? CommonOps_DDRM.transpose(factor, null) : factor.copy();
        TriangularSolver_DDRM.invertLower(g.data, n);
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(g, g, inverse);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                inverse.unsafe_set(i, j, multiplier * scale[i] * scale[j] * inverse.unsafe_get(i, j));
            }
        }
        return inverse;
    }
}
