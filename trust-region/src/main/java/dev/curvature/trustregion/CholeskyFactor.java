package dev.curvature.trustregion;

import dev.curvature.api.Checks;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;

/**
 * EJML's in-place Cholesky factorization A + σI = LLᵀ of a symmetric k×k matrix (k up to a fixed
 * capacity), with solves on plain {@code double[]} through EJML's triangular solvers. All storage
 * is allocated by the constructor, so factoring and solving never allocate: create one per run.
 * Not thread-safe.
 *
 * <p>A factorization succeeds only when A + σI has finite entries and is numerically positive
 * definite: every pivot positive and (min Lᵢᵢ / max Lᵢᵢ)² &gt; k·ε, a lower bound on 1/κ₂ up to a
 * factor k (the same test as the newton module's solver). So a failure means "not positive
 * definite, or too close to singular to solve with".
 */
public final class CholeskyFactor {
    private final int capacity;
    private final DMatrixRMaj factor;
    private final CholeskyDecompositionInner_DDRM decomposition;
    private final double[] column;
    private int size;
    private boolean valid;

    /** @param capacity the largest k this instance factors (≥ 1) */
    public CholeskyFactor(int capacity) {
        this.capacity = Checks.positive(capacity, "capacity");
        this.factor = new DMatrixRMaj(capacity, capacity);
        this.decomposition = new CholeskyDecompositionInner_DDRM(true);
        this.decomposition.setExpectedMaxSize(capacity, capacity);
        this.column = new double[capacity];
    }

    /** Factors A (square, k ≤ capacity). */
    public boolean factor(DMatrixRMaj a) {
        return factor(a, 0);
    }

    /**
     * Factors A + σI.
     *
     * @param a a symmetric k×k matrix, k ≤ capacity (only its lower triangle is read; unchanged)
     * @param shift σ
     * @return true when A + σI is finite and numerically positive definite
     */
    public boolean factor(DMatrixRMaj a, double shift) {
        int k = a.numRows;
        if (k != a.numCols || k > capacity) {
            throw new IllegalArgumentException("a must be square with at most " + capacity
                    + " rows, was " + a.numRows + "×" + a.numCols);
        }
        size = k;
        factor.reshape(k, k);
        System.arraycopy(a.data, 0, factor.data, 0, k * k);
        if (shift != 0) {
            for (int i = 0; i < k; i++) {
                factor.data[i * k + i] += shift;
            }
        }
        valid = false;
        if (!allFinite(factor.data, k * k) || !decomposition.decompose(factor)) {
            return false;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < k; i++) {
            double d = factor.data[i * k + i];
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double ratio = min / max;
        valid = ratio * ratio > k * Math.ulp(1.0);
        return valid;
    }

    private static boolean allFinite(double[] data, int length) {
        for (int i = 0; i < length; i++) {
            if (!Double.isFinite(data[i])) {
                return false;
            }
        }
        return true;
    }

    /** The order k of the last factorization. */
    public int size() {
        return size;
    }

    private void requireValid() {
        if (!valid) {
            throw new IllegalStateException("no successful factorization to solve with");
        }
    }

    /**
     * x ← (A + σI)⁻¹b with the last successful factorization; the first k entries of b are read
     * and of x written. {@code b} and {@code x} may be the same array.
     */
    public void solve(double[] b, double[] x) {
        requireValid();
        if (b != x) {
            System.arraycopy(b, 0, x, 0, size);
        }
        TriangularSolver_DDRM.solveL(factor.data, x, size);
        TriangularSolver_DDRM.solveTranL(factor.data, x, size);
    }

    /** x ← L⁻¹b (forward substitution only); {@code b} and {@code x} may be the same array. */
    public void solveLower(double[] b, double[] x) {
        requireValid();
        if (b != x) {
            System.arraycopy(b, 0, x, 0, size);
        }
        TriangularSolver_DDRM.solveL(factor.data, x, size);
    }

    /** Writes (A + σI)⁻¹ into {@code out} (reshaped to k×k), one column solve at a time. */
    public void invert(DMatrixRMaj out) {
        requireValid();
        int k = size;
        out.reshape(k, k);
        for (int j = 0; j < k; j++) {
            java.util.Arrays.fill(column, 0, k, 0.0);
            column[j] = 1;
            solve(column, column);
            for (int i = 0; i < k; i++) {
                out.data[i * k + j] = column[i];
            }
        }
        // Symmetrize: the two triangles differ by rounding only.
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (out.data[i * k + j] + out.data[j * k + i]);
                out.data[i * k + j] = v;
                out.data[j * k + i] = v;
            }
        }
    }
}
