package dev.curvature.api.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * A factorization of a symmetric, possibly indefinite matrix that gives its inertia and solves
 * with it: LDLᵀ with Bunch–Kaufman pivoting in LAPACK ({@code dsytrf}; Golub &amp; Van Loan §4.4),
 * or the eigendecomposition where a library has no pivoted LDLᵀ (EJML). Mutable per-run state.
 */
public interface IndefiniteFactorization {

    /**
     * Factors A (read, not modified).
     *
     * @return false when A has non-finite entries or the factorization failed
     */
    boolean factor(DMatrixRMaj a);

    /**
     * The inertia of the last factored matrix: counts of positive, negative and zero
     * eigenvalues, an eigenvalue counting as zero when |λ| ≤ {@code relativeTolerance}·max|λ|
     * (as estimated by the factorization).
     */
    Inertia inertia(double relativeTolerance);

    /**
     * Writes x = A⁻¹b.
     *
     * @return false when A is singular to working precision
     */
    boolean solve(double[] b, double[] x);
}
