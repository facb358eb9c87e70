package dev.curvature.api.linalg;

import dev.curvature.api.spi.Checks;
import org.ejml.data.DMatrixRMaj;

/**
 * The Cholesky factorization A + σI = LLᵀ of a symmetric k×k matrix (k up to a fixed capacity),
 * the one Cholesky of Curvature's methods (Newton's Hessian modifications, the trust-region
 * solvers and the dense secant models all use it): the project's dense backend
 * ({@link DenseLinearAlgebra}, EJML by default) plus a numerical-rank test, the inverse, and
 * matrices of varying order k (L-BFGS's compact form grows from 1×1 to m×m). Per run; not
 * thread-safe. The backend factorization for each order is created the first time that order is
 * factored, so after that nothing allocates.
 *
 * <p>A factorization succeeds only when A + σI has finite entries and is numerically positive
 * definite: every pivot positive and minᵢ Lᵢᵢ²/(Aᵢᵢ + σ) &gt; k·ε. That quantity is the smallest
 * pivot of the factor of the equilibrated matrix D⁻¹(A + σI)D⁻¹, D = diag(A + σI)^½, and bounds
 * its smallest eigenvalue from above; the test is invariant to the scaling of the variables, as
 * Cholesky's accuracy is (van der Sluis 1969; Demmel 1989; Higham, <i>Accuracy and Stability of
 * Numerical Algorithms</i>, 2nd ed., §10.1). So a failure means "not positive definite, or
 * singular to working precision after equilibration", and a positive-definite matrix that is
 * ill-conditioned only through badly scaled variables (a fit with parameters of magnitudes 10³
 * and 10⁻⁴) is factored and solved with. Measurements:
 * docs/defaults.md#numerical-rank-test-of-the-cholesky-factorization.
 */
public final class CholeskyFactor {
    private final int capacity;
    private final CholeskyFactorization[] bySize;
    private final double[] column;
    private CholeskyFactorization current;
    private int size;
    private boolean valid;

    /** @param capacity the largest order k this instance factors (≥ 1) */
    public CholeskyFactor(int capacity) {
        this.capacity = Checks.positive(capacity, "capacity");
        this.bySize = new CholeskyFactorization[capacity + 1];
        this.column = new double[capacity];
    }

    /** Factors A (square, k ≤ capacity). */
    public boolean factor(DMatrixRMaj a) {
        return factor(a, 0);
    }

    /**
     * Factors A + σI.
     *
     * @param a a symmetric k×k matrix, k ≤ capacity (unchanged)
     * @param shift σ
     * @return true when A + σI is finite and numerically positive definite
     */
    public boolean factor(DMatrixRMaj a, double shift) {
        valid = factorPositivePivots(a, shift) && passesRankTest();
        return valid;
    }

    /**
     * Factors A + σI without the numerical-rank test: true when A + σI is finite and every pivot
     * positive, the test of LAPACK's {@code dpotrf} (Golub &amp; Van Loan, 4th ed., §4.2.5). For
     * callers that judge the solution themselves; {@link #passesRankTest()} tells whether
     * {@link #factor} would have accepted it.
     *
     * @param a a symmetric k×k matrix, k ≤ capacity (unchanged)
     * @param shift σ
     * @return true when A + σI is finite and positive definite in floating point
     */
    public boolean factorPositivePivots(DMatrixRMaj a, double shift) {
        int k = a.numRows;
        if (k != a.numCols || k < 1 || k > capacity) {
            throw new IllegalArgumentException("a must be square with 1 to " + capacity
                    + " rows, was " + a.numRows + "×" + a.numCols);
        }
        if (bySize[k] == null) {
            bySize[k] = DenseLinearAlgebra.forDimension(k).cholesky(k);
        }
        current = bySize[k];
        size = k;
        valid = current.factor(a, shift);
        return valid;
    }

    /**
     * Whether the last successful factorization passes the numerical-rank test,
     * minᵢ Lᵢᵢ²/(Aᵢᵢ + σ) &gt; k·ε ({@link CholeskyFactorization#scaledPivotMinimum()}); false
     * after a failed one.
     */
    public boolean passesRankTest() {
        return valid && current.scaledPivotMinimum() > size * Math.ulp(1.0);
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
     * x ← (A + σI)⁻¹b with the last successful factorization (arrays of length k);
     * {@code b} and {@code x} may be the same array.
     */
    public void solve(double[] b, double[] x) {
        requireValid();
        current.solve(b, x);
    }

    /** x ← −(A + σI)⁻¹b, the Newton step for b = g; {@code b} and {@code x} may be the same array. */
    public void solveNegated(double[] b, double[] x) {
        solve(b, x);
        for (int i = 0; i < size; i++) {
            x[i] = -x[i];
        }
    }

    /** Writes (A + σI)⁻¹ into {@code out} (reshaped to k×k), one column solve at a time. */
    public void invert(DMatrixRMaj out) {
        requireValid();
        int k = size;
        if (column.length != k) {
            throw new IllegalStateException("invert needs the full order " + capacity + ", was " + k);
        }
        out.reshape(k, k);
        for (int j = 0; j < k; j++) {
            java.util.Arrays.fill(column, 0.0);
            column[j] = 1;
            current.solve(column, column);
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
