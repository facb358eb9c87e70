package dev.curvature.lapack;

import static org.bytedeco.openblas.global.openblas.LAPACKE_dsycon_work;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsytrf_work;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsytrs_work;
import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;

import dev.curvature.api.linalg.IndefiniteFactorization;
import dev.curvature.api.linalg.Inertia;
import dev.curvature.api.spi.Checks;
import java.nio.IntBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.ejml.data.DMatrixRMaj;

/**
 * The symmetric-indefinite factorization PAPᵀ = UDUᵀ with Bunch–Kaufman pivoting, LAPACK
 * {@code dsytrf}, and its solve {@code dsytrs} (Bunch &amp; Kaufman, Math. Comp. 31, 1977; Golub
 * &amp; Van Loan, Matrix Computations 4th ed., §4.4). D is block diagonal with 1×1 and 2×2 blocks;
 * by Sylvester's law of inertia A and D have the same inertia, and D's eigenvalues are those of its
 * blocks: a 1×1 block is its own eigenvalue, a 2×2 block [a b; b c] has the two roots of
 * λ² − (a + c)λ + (ac − b²). {@link #inertia} counts them, an eigenvalue of D counting as zero when
 * |λ| ≤ tol·max|λ(D)|: the same signs as A's eigenvalues, but D's magnitudes only estimate A's.
 *
 * <p>When {@code dsytrf} meets an exactly zero pivot column it is run again unblocked (its
 * {@code dsytf2} path): LAPACK's blocked panel routine {@code dlasyf} (3.12, as bundled with
 * OpenBLAS 0.3.31) only sets INFO for such a column and leaves it un-updated, so D and U come out
 * wrong for exactly singular matrices larger than the block size.
 *
 * <p>{@link #solve} refuses (returns false) when D has an exactly zero pivot ({@code dsytrf}'s
 * info &gt; 0) or when the reciprocal condition number estimated by {@code dsycon} (Hager–Higham
 * 1-norm estimator) is at most nε — the counterpart of EJML's test min|λ| ≤ nε·max|λ|.
 * Native work memory (factor, pivots, workspaces) is allocated once; not thread-safe.
 */
final class OpenBlasIndefinite implements IndefiniteFactorization {
    private final int n;
    private final NativeSymmetricMatrix factor;
    private final IntPointer pivots;
    private final IntBuffer pivotBuffer;
    private final DoublePointer work;
    private final int workSize;
    private final DoublePointer conditionWork;
    private final IntPointer conditionIntWork;
    private final DoublePointer reciprocalCondition;
    private final NativeVector rhs;
    private final double[] rowSums;
    private final double[] blockEigenvalues;
    private final double singularTolerance;
    private double norm;
    private double rcond;
    private boolean factored;
    private boolean exactlySingular;

    OpenBlasIndefinite(int n) {
        this.n = n;
        this.factor = new NativeSymmetricMatrix(n);
        this.pivots = new IntPointer(n);
        this.pivotBuffer = pivots.asBuffer();
        try (DoublePointer query = new DoublePointer(1)) {
            Lapack.call(() -> LAPACKE_dsytrf_work(LAPACK_COL_MAJOR, NativeSymmetricMatrix.UPLO, n,
                    factor.pointer, n, pivots, query, -1), "dsytrf (workspace query)");
            this.workSize = Lapack.workspaceSize(query.get(0), 1);
        }
        this.work = new DoublePointer(workSize);
        this.conditionWork = new DoublePointer(2L * n);
        this.conditionIntWork = new IntPointer(n);
        this.reciprocalCondition = new DoublePointer(1);
        this.rhs = new NativeVector(n);
        this.rowSums = new double[n];
        this.blockEigenvalues = new double[n];
        this.singularTolerance = n * Math.ulp(1.0);
    }

    @Override
    public boolean factor(DMatrixRMaj a) {
        factored = false;
        norm = factor.loadWithNorm(a, rowSums);
        if (Double.isNaN(norm)) {
            return false;
        }
        int info = bunchKaufman(workSize);
        if (info > 0) {
            // An exactly zero pivot column. LAPACK's blocked panel routine dlasyf (3.12, as bundled
            // with OpenBLAS 0.3.31) then leaves that column of A un-updated — it only sets INFO — so
            // D and U are wrong from there on (seen: the extended Powell Hessian at x* = 0, n = 100,
            // came out with inertia (81, 0, 19) instead of (50, 0, 50)). The unblocked dsytf2
            // updates eagerly and is right; dsytrf runs it alone when lwork < n·nb.
            factor.load(a);
            info = bunchKaufman(1);
        }
        exactlySingular = info > 0; // D(info, info) is exactly zero; the factorization is complete
        if (!blockEigenvalues()) {
            return false;
        }
        rcond = Double.NaN;
        factored = true;
        return true;
    }

    /** dsytrf on the native copy: blocked when lwork ≥ n·nb, the unblocked dsytf2 when lwork = 1. */
    private int bunchKaufman(int lwork) {
        return Lapack.call(() -> LAPACKE_dsytrf_work(LAPACK_COL_MAJOR, NativeSymmetricMatrix.UPLO, n,
                factor.pointer, n, pivots, work, lwork), "dsytrf");
    }

    /**
     * The eigenvalues of D, block by block. With uplo = 'U' a 2×2 block occupies rows k−1, k
     * with ipiv(k−1) = ipiv(k) &lt; 0 and its off-diagonal entry in D(k−1, k) (LAPACK dsytrf).
     *
     * @return false when one is not finite
     */
    private boolean blockEigenvalues() {
        int k = n - 1;
        while (k >= 0) {
            if (pivotBuffer.get(k) > 0 || k == 0) {
                blockEigenvalues[k] = factor.get(k, k);
                k--;
            } else {
                double a = factor.get(k - 1, k - 1);
                double b = factor.get(k - 1, k);
                double c = factor.get(k, k);
                double mean = 0.5 * (a + c);
                double radius = Math.hypot(0.5 * (a - c), b);
                double large = mean + Math.copySign(radius, mean);
                blockEigenvalues[k - 1] = large;
                blockEigenvalues[k] = large == 0 ? 0 : (a * c - b * b) / large;
                k -= 2;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(blockEigenvalues[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Inertia inertia(double relativeTolerance) {
        Checks.nonNegative(relativeTolerance, "relativeTolerance");
        requireFactored();
        double largest = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, Math.abs(blockEigenvalues[i]));
        }
        double zero = relativeTolerance * largest;
        int positive = 0;
        int negative = 0;
        for (int i = 0; i < n; i++) {
            if (blockEigenvalues[i] > zero) {
                positive++;
            } else if (blockEigenvalues[i] < -zero) {
                negative++;
            }
        }
        return new Inertia(positive, negative, n - positive - negative);
    }

    @Override
    public boolean solve(double[] b, double[] x) {
        NativeSymmetricMatrix.checkVectors(b, x, n);
        requireFactored();
        if (exactlySingular || !(reciprocalCondition() > singularTolerance)) {
            return false;
        }
        rhs.load(b);
        Lapack.call(() -> LAPACKE_dsytrs_work(LAPACK_COL_MAJOR, NativeSymmetricMatrix.UPLO, n, 1,
                factor.pointer, n, pivots, rhs.pointer, n), "dsytrs");
        rhs.store(x);
        return true;
    }

    /** dsycon's estimate of 1/κ₁(A), computed once per factorization (O(n²)). */
    private double reciprocalCondition() {
        if (Double.isNaN(rcond)) {
            if (norm == 0) {
                rcond = 0;
            } else {
                Lapack.call(() -> LAPACKE_dsycon_work(LAPACK_COL_MAJOR, NativeSymmetricMatrix.UPLO, n,
                        factor.pointer, n, pivots, norm, reciprocalCondition, conditionWork,
                        conditionIntWork), "dsycon");
                rcond = reciprocalCondition.get(0);
            }
        }
        return rcond;
    }

    private void requireFactored() {
        if (!factored) {
            throw new IllegalStateException("needs a successful factor first");
        }
    }
}
