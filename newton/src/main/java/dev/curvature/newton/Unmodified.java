package dev.curvature.newton;

import dev.curvature.api.DirectionStatus;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Pure Newton: solves Hp = −g with the true Hessian, whatever its inertia (Nocedal &amp; Wright
 * §3.3). Cholesky first (EJML); when H is not numerically positive definite, EJML's symmetric
 * eigendecomposition H = QΛQᵀ gives p = −QΛ⁻¹Qᵀg. H counts as singular — and the run ends with
 * {@link dev.curvature.api.TerminationReason#SINGULAR_HESSIAN} — when min|λᵢ| ≤ nε·max|λᵢ|.
 */
public final class Unmodified implements HessianModification {
    /** The one instance (stateless). */
    public static final Unmodified INSTANCE = new Unmodified();

    private Unmodified() {
    }

    @Override
    public Solver start(int n) {
        CholeskySolver cholesky = new CholeskySolver(n);
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, true, true);
        DMatrixRMaj work = new DMatrixRMaj(n, n);
        double[] coefficients = new double[n];
        double tolerance = n * Math.ulp(1.0);
        return (hessian, g, p) -> {
            if (cholesky.factor(hessian, 0)) {
                cholesky.solveNegative(g, p);
                return DirectionStatus.OK;
            }
            work.setTo(hessian);
            if (!eigen.decompose(work)) {
                return DirectionStatus.NON_FINITE;
            }
            double largest = 0;
            for (int i = 0; i < n; i++) {
                largest = Math.max(largest, Math.abs(eigen.getEigenvalue(i).real));
            }
            for (int i = 0; i < n; i++) {
                double lambda = eigen.getEigenvalue(i).real;
                if (!(Math.abs(lambda) > tolerance * largest)) {
                    return DirectionStatus.SINGULAR;
                }
                DMatrixRMaj q = eigen.getEigenVector(i);
                double qg = 0;
                for (int j = 0; j < n; j++) {
                    qg += q.data[j] * g[j];
                }
                coefficients[i] = -qg / lambda;
            }
            java.util.Arrays.fill(p, 0);
            for (int i = 0; i < n; i++) {
                DMatrixRMaj q = eigen.getEigenVector(i);
                for (int j = 0; j < n; j++) {
                    p[j] += coefficients[i] * q.data[j];
                }
            }
            return DirectionStatus.OK;
        };
    }

    @Override
    public String toString() {
        return "Unmodified";
    }
}
