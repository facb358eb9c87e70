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
     * minᵢ Lᵢᵢ² / (Aᵢᵢ + σ) of the last successful factorization: the smallest pivot of the
     * Cholesky factor of the equilibrated matrix D⁻¹(A + σI)D⁻¹, D = diag(A + σI)^½, which is
     * D⁻¹L (Cholesky commutes with diagonal scaling). At most 1, and an upper bound on that
     * matrix's smallest eigenvalue, so a tiny value flags a matrix that is singular to working
     * precision whatever the scaling of its variables (Higham, <i>Accuracy and Stability of
     * Numerical Algorithms</i>, 2nd ed., §10.1: Cholesky's forward error is governed by the
     * condition number of the equilibrated matrix, van der Sluis 1969, Demmel 1989).
     */
    double scaledPivotMinimum();

    /** Writes x = (A + σI)⁻¹b for the last successful factorization; x and b may be the same array. */
    void solve(double[] b, double[] x);
}
