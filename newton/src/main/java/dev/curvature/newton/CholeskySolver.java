package dev.curvature.newton;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionCommon_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.linsol.chol.LinearSolverChol_DDRM;

/**
 * EJML's Cholesky factorization of H + τI with a numerical-rank test, and the solve of
 * (H + τI)p = −g. Work matrices allocated once.
 */
final class CholeskySolver {
    private final int n;
    private final DMatrixRMaj work;
    private final DMatrixRMaj rhs;
    private final DMatrixRMaj solution;
    private final CholeskyDecompositionCommon_DDRM decomposition;
    private final LinearSolverChol_DDRM solver;
    private final double rankTolerance;

    CholeskySolver(int n) {
        this.n = n;
        this.work = new DMatrixRMaj(n, n);
        this.rhs = new DMatrixRMaj(n, 1);
        this.solution = new DMatrixRMaj(n, 1);
        this.decomposition = (CholeskyDecompositionCommon_DDRM) DecompositionFactory_DDRM.chol(n, true);
        this.solver = new LinearSolverChol_DDRM(decomposition);
        this.rankTolerance = n * Math.ulp(1.0);
    }

    /**
     * Factors H + τI. Succeeds only when the matrix is positive definite and numerically
     * nonsingular: (min Lᵢᵢ / max Lᵢᵢ)² — a lower bound on 1/κ₂ up to a factor n — exceeds nε.
     */
    boolean factor(DMatrixRMaj hessian, double tau) {
        work.setTo(hessian);
        if (tau != 0) {
            for (int i = 0; i < n; i++) {
                work.add(i, i, tau);
            }
        }
        if (!solver.setA(work)) {
            return false;
        }
        DMatrixRMaj t = decomposition.getT();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(t.get(i, i));
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double ratio = min / max;
        return ratio * ratio > rankTolerance;
    }

    /** p = −(H + τI)⁻¹g with the last successful factorization. */
    void solveNegative(double[] g, double[] p) {
        for (int i = 0; i < n; i++) {
            rhs.data[i] = -g[i];
        }
        solver.solve(rhs, solution);
        System.arraycopy(solution.data, 0, p, 0, n);
    }
}
