package dev.curvature.newton;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * EJML's symmetric eigendecomposition H = QΛQᵀ and the solve p = −Q·diag(1/μ(λᵢ))·Qᵀg for a
 * chosen map μ of the eigenvalues. Work arrays allocated once.
 */
final class EigenSolver {
    private final int n;
    private final EigenDecomposition_F64<DMatrixRMaj> eigen;
    private final DMatrixRMaj work;
    private final double[] coefficients;
    private double largest;
    private double smallest;

    EigenSolver(int n) {
        this.n = n;
        this.eigen = DecompositionFactory_DDRM.eig(n, true, true);
        this.work = new DMatrixRMaj(n, n);
        this.coefficients = new double[n];
    }

    /** Decomposes H (not modified); false when EJML fails (non-finite input). */
    boolean decompose(DMatrixRMaj hessian) {
        work.setTo(hessian);
        if (!eigen.decompose(work)) {
            return false;
        }
        largest = 0;
        smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double lambda = eigen.getEigenvalue(i).real;
            largest = Math.max(largest, Math.abs(lambda));
            smallest = Math.min(smallest, lambda);
        }
        return true;
    }

    /** max |λᵢ|. */
    double largestMagnitude() {
        return largest;
    }

    /** min λᵢ (signed). */
    double smallest() {
        return smallest;
    }

    double eigenvalue(int i) {
        return eigen.getEigenvalue(i).real;
    }

    /** Writes a unit eigenvector of the smallest eigenvalue into {@code out}. */
    void smallestEigenvector(double[] out) {
        for (int i = 0; i < n; i++) {
            if (eigen.getEigenvalue(i).real == smallest) {
                System.arraycopy(eigen.getEigenVector(i).data, 0, out, 0, n);
                return;
            }
        }
        throw new IllegalStateException("no eigenvector for the smallest eigenvalue");
    }

    /** The divisor μ(λ) applied to each eigen-component. */
    interface Map {
        double divisor(double lambda);
    }

    /** p = −Σᵢ (qᵢᵀg / μ(λᵢ)) qᵢ. */
    void solve(double[] g, double[] p, Map map) {
        for (int i = 0; i < n; i++) {
            double[] q = eigen.getEigenVector(i).data;
            double qg = 0;
            for (int j = 0; j < n; j++) {
                qg += q[j] * g[j];
            }
            coefficients[i] = -qg / map.divisor(eigen.getEigenvalue(i).real);
        }
        Arrays.fill(p, 0);
        for (int i = 0; i < n; i++) {
            double[] q = eigen.getEigenVector(i).data;
            double c = coefficients[i];
            for (int j = 0; j < n; j++) {
                p[j] += c * q[j];
            }
        }
    }
}
