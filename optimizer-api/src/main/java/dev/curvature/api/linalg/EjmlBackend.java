package dev.curvature.api.linalg;

import org.ejml.EjmlParameters;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionBlock_DDRM;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionCommon_DDRM;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.linsol.chol.LinearSolverChol_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The default backend: EJML 0.44 (pure Java). Cholesky is EJML's inner-product algorithm below
 * n = 200 and its blocked row-major algorithm from there on; the symmetric eigendecomposition is
 * EJML's symmetric QR algorithm. EJML has no pivoted LDLᵀ, so {@link #indefinite} is implemented with the
 * eigendecomposition (exact inertia, O(n³) with a larger constant than Bunch–Kaufman).
 */
public final class EjmlBackend implements DenseBackend {
    /** The one instance. */
    public static final EjmlBackend INSTANCE = new EjmlBackend();

    private EjmlBackend() {
    }

    @Override
    public String name() {
        return "ejml";
    }

    @Override
    public int crossover() {
        return 0;
    }

    @Override
    public CholeskyFactorization cholesky(int n) {
        return new Cholesky(n);
    }

    @Override
    public IndefiniteFactorization indefinite(int n) {
        return new EigenIndefinite(n);
    }

    @Override
    public SymmetricEigen eigen(int n) {
        return new Eigen(n);
    }

    @Override
    public String toString() {
        return "EJML";
    }

    /** From this n on, EJML's blocked row-major Cholesky; below it the inner-product one. */
    static final int BLOCKED_FROM = 200;

    private static final class Cholesky implements CholeskyFactorization {
        private final int n;
        private final DMatrixRMaj work;
        private final DMatrixRMaj rhs;
        private final DMatrixRMaj solution;
        private final CholeskyDecompositionCommon_DDRM decomposition;
        private final LinearSolverChol_DDRM solver;
        private double scaledMin;

        Cholesky(int n) {
            this.n = n;
            this.work = new DMatrixRMaj(n, n);
            this.rhs = new DMatrixRMaj(n, 1);
            this.solution = new DMatrixRMaj(n, 1);
            // Not DecompositionFactory_DDRM.chol: from n = 1000 on it returns the block-format
            // CholeskyDecomposition_DDRB_to_DDRM, which is no CholeskyDecompositionCommon_DDRM (the
            // cast failed, so every n ≥ 1000 run threw ClassCastException). The row-major blocked
            // variant is a Common one and the faster above n ≈ 200
            // (measurements: docs/defaults.md#ejml-cholesky-variant).
            this.decomposition = n < BLOCKED_FROM
                    ? new CholeskyDecompositionInner_DDRM(true)
                    : new CholeskyDecompositionBlock_DDRM(EjmlParameters.BLOCK_WIDTH_CHOL);
            this.solver = new LinearSolverChol_DDRM(decomposition);
        }

        @Override
        public boolean factor(DMatrixRMaj a, double shift) {
            work.setTo(a);
            if (shift != 0) {
                for (int i = 0; i < n; i++) {
                    work.add(i, i, shift);
                }
            }
            if (!solver.setA(work)) {
                return false;
            }
            DMatrixRMaj t = decomposition.getT();
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            double scaled = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double d = Math.abs(t.unsafe_get(i, i));
                min = Math.min(min, d);
                max = Math.max(max, d);
                scaled = Math.min(scaled, d * d / (a.unsafe_get(i, i) + shift));
            }
            if (!(max > 0) || Double.isNaN(min) || Double.isInfinite(max)) {
                return false;
            }
            scaledMin = scaled;
            return true;
        }

        @Override
        public double scaledPivotMinimum() {
            return scaledMin;
        }

        @Override
        public void solve(double[] b, double[] x) {
            System.arraycopy(b, 0, rhs.data, 0, n);
            solver.solve(rhs, solution);
            System.arraycopy(solution.data, 0, x, 0, n);
        }
    }

    private static final class Eigen implements SymmetricEigen {
        private final int n;
        private final EigenDecomposition_F64<DMatrixRMaj> eigen;
        private final DMatrixRMaj work;
        private final DMatrixRMaj vectors;
        private final double[] values;
        private final int[] order;

        Eigen(int n) {
            this.n = n;
            this.eigen = DecompositionFactory_DDRM.eig(n, true, true);
            this.work = new DMatrixRMaj(n, n);
            this.vectors = new DMatrixRMaj(n, n);
            this.values = new double[n];
            this.order = new int[n];
        }

        @Override
        public boolean decompose(DMatrixRMaj a) {
            for (double v : a.data) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            work.setTo(a);
            if (!eigen.decompose(work)) {
                return false;
            }
            // ascending order by insertion sort of indices (n is small next to the O(n³) decomposition)
            for (int i = 0; i < n; i++) {
                double v = eigen.getEigenvalue(i).real;
                int j = i;
                while (j > 0 && eigen.getEigenvalue(order[j - 1]).real > v) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
            for (int k = 0; k < n; k++) {
                values[k] = eigen.getEigenvalue(order[k]).real;
                double[] q = eigen.getEigenVector(order[k]).data;
                for (int r = 0; r < n; r++) {
                    vectors.unsafe_set(r, k, q[r]);
                }
            }
            return true;
        }

        @Override
        public double eigenvalue(int i) {
            return values[i];
        }

        @Override
        public DMatrixRMaj eigenvectors() {
            return vectors;
        }
    }

    /** A⁻¹b and the inertia through A = QΛQᵀ. */
    private static final class EigenIndefinite implements IndefiniteFactorization {
        private final int n;
        private final Eigen eigen;
        private final double[] coefficients;

        EigenIndefinite(int n) {
            this.n = n;
            this.eigen = new Eigen(n);
            this.coefficients = new double[n];
        }

        @Override
        public boolean factor(DMatrixRMaj a) {
            return eigen.decompose(a);
        }

        @Override
        public Inertia inertia(double relativeTolerance) {
            double largest = Math.max(Math.abs(eigen.values[0]), Math.abs(eigen.values[n - 1]));
            double zero = relativeTolerance * largest;
            int positive = 0;
            int negative = 0;
            for (int i = 0; i < n; i++) {
                if (eigen.values[i] > zero) {
                    positive++;
                } else if (eigen.values[i] < -zero) {
                    negative++;
                }
            }
            return new Inertia(positive, negative, n - positive - negative);
        }

        @Override
        public boolean solve(double[] b, double[] x) {
            double largest = Math.max(Math.abs(eigen.values[0]), Math.abs(eigen.values[n - 1]));
            double tolerance = n * Math.ulp(1.0) * largest;
            DMatrixRMaj q = eigen.vectors;
            for (int k = 0; k < n; k++) {
                if (!(Math.abs(eigen.values[k]) > tolerance)) {
                    return false;
                }
                double s = 0;
                for (int r = 0; r < n; r++) {
                    s += q.unsafe_get(r, k) * b[r];
                }
                coefficients[k] = s / eigen.values[k];
            }
            for (int r = 0; r < n; r++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += q.unsafe_get(r, k) * coefficients[k];
                }
                x[r] = s;
            }
            return true;
        }
    }
}
