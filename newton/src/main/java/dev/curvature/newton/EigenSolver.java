package dev.curvature.newton;

import dev.curvature.api.linalg.DenseLinearAlgebra;
import dev.curvature.api.linalg.SymmetricEigen;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The symmetric eigendecomposition H = QΛQᵀ from the dense backend, and the solve
 * p = −Q·diag(1/μ(λᵢ))·Qᵀg for a chosen map μ of the eigenvalues. Work arrays allocated once.
 */
final class EigenSolver {
    private final int n;
    private final SymmetricEigen eigen;
    private final double[] coefficients;

    EigenSolver(int n) {
        this.n = n;
        this.eigen = DenseLinearAlgebra.forDimension(n).eigen(n);
        this.coefficients = new double[n];
    }

    /** Decomposes H (not modified); false when it fails (non-finite input). */
    boolean decompose(DMatrixRMaj hessian) {
        return eigen.decompose(hessian);
    }

    /** max |λᵢ|. */
    double largestMagnitude() {
        return Math.max(Math.abs(eigen.eigenvalue(0)), Math.abs(eigen.eigenvalue(n - 1)));
    }

    /** min λᵢ (signed). */
    double smallest() {
        return eigen.eigenvalue(0);
    }

    /** Writes a unit eigenvector of the smallest eigenvalue into {@code out}. */
    void smallestEigenvector(double[] out) {
        DMatrixRMaj q = eigen.eigenvectors();
        for (int r = 0; r < n; r++) {
            out[r] = q.unsafe_get(r, 0);
        }
    }

    /** The divisor μ(λ) applied to each eigen-component. */
    interface Map {
        double divisor(double lambda);
    }

    /** p = −Σᵢ (qᵢᵀg / μ(λᵢ)) qᵢ. */
    void solve(double[] g, double[] p, Map map) {
        DMatrixRMaj q = eigen.eigenvectors();
        for (int k = 0; k < n; k++) {
            double qg = 0;
            for (int r = 0; r < n; r++) {
                qg += q.unsafe_get(r, k) * g[r];
            }
            coefficients[k] = -qg / map.divisor(eigen.eigenvalue(k));
        }
        Arrays.fill(p, 0);
        for (int r = 0; r < n; r++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += q.unsafe_get(r, k) * coefficients[k];
            }
            p[r] = s;
        }
    }
}
