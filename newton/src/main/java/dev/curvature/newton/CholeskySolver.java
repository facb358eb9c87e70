package dev.curvature.newton;

import dev.curvature.api.linalg.CholeskyFactorization;
import dev.curvature.api.linalg.DenseLinearAlgebra;
import org.ejml.data.DMatrixRMaj;

/**
 * Cholesky of H + τI from the dense backend with a numerical-rank test, and the solve of
 * (H + τI)p = −g. Work memory allocated once.
 */
final class CholeskySolver {
    private final CholeskyFactorization cholesky;
    private final double rankTolerance;

    CholeskySolver(int n) {
        this.cholesky = DenseLinearAlgebra.forDimension(n).cholesky(n);
        this.rankTolerance = n * Math.ulp(1.0);
    }

    /**
     * Factors H + τI. Succeeds only when the matrix is positive definite and numerically
     * nonsingular: (min Lᵢᵢ / max Lᵢᵢ)² — an upper bound on 1/κ₂ up to a factor n — exceeds nε.
     */
    boolean factor(DMatrixRMaj hessian, double tau) {
        if (!cholesky.factor(hessian, tau)) {
            return false;
        }
        double ratio = cholesky.pivotRatio();
        return ratio * ratio > rankTolerance;
    }

    /** p = −(H + τI)⁻¹g with the last successful factorization. */
    void solveNegative(double[] g, double[] p) {
        cholesky.solve(g, p);
        for (int i = 0; i < p.length; i++) {
            p[i] = -p[i];
        }
    }
}
