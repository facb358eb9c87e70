package dev.curvature.api.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Cholesky factorization A + σI = LLᵀ of a symmetric matrix and solves with it (Golub &amp; Van Loan,
 * Matrix Computations 4th ed., §4.2). Mutable per-run state for one dimension n.
 */
public interface CholeskyFactorization {

    /**
     * Factors A + σI. A is read, never modified (only its lower triangle need be meaningful).
     *
     * @return false when A + σI is not positive definite (or has non-finite entries)
     */
    boolean factor(DMatrixRMaj a, double shift);

    /**
     * min Lᵢᵢ / max Lᵢᵢ of the last successful factorization; its square bounds 1/κ₂ from above
     * up to a factor n, so a tiny ratio flags a numerically singular matrix.
     */
    double pivotRatio();

    /** Writes x = (A + σI)⁻¹b for the last successful factorization; x and b may be the same array. */
    void solve(double[] b, double[] x);
}
