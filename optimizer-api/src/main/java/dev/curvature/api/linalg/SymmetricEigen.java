package dev.curvature.api.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * The symmetric eigendecomposition A = QΛQᵀ (Golub &amp; Van Loan §8.3), eigenvalues in ascending
 * order. Mutable per-run state for one dimension n.
 */
public interface SymmetricEigen {

    /**
     * Decomposes A (read, not modified).
     *
     * @return false when A has non-finite entries or the iteration failed
     */
    boolean decompose(DMatrixRMaj a);

    /** λᵢ, i = 0 … n−1, ascending. */
    double eigenvalue(int i);

    /**
     * The orthonormal eigenvectors as the columns of an n×n matrix, column i belonging to
     * {@link #eigenvalue(int) λᵢ}. Owned by this object: valid until the next decompose.
     */
    DMatrixRMaj eigenvectors();
}
