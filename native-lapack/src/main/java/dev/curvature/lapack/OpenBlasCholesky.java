package dev.curvature.lapack;

import static org.bytedeco.openblas.global.openblas.LAPACKE_dpotrf_work;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dpotrs_work;
import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;

import dev.curvature.api.linalg.CholeskyFactorization;
import org.ejml.data.DMatrixRMaj;

/**
 * Cholesky A + σI = UᵀU with LAPACK {@code dpotrf} and solves with {@code dpotrs} (OpenBLAS's
 * blocked, recursive implementations; Golub &amp; Van Loan, Matrix Computations 4th ed., §4.2).
 * The factor and the right-hand side live in native memory allocated once, for one n; each
 * {@link #factor} copies A in once, each {@link #solve} copies b in and x out. Reads the lower
 * triangle of the row-major A (see {@link NativeSymmetricMatrix}); the diagonal of the
 * column-major U is that of EJML's lower factor L = Uᵀ. Not thread-safe: per-run state.
 */
final class OpenBlasCholesky implements CholeskyFactorization {
    private final int n;
    private final NativeSymmetricMatrix factor;
    private final NativeVector rhs;
    private double scaledMin;
    private boolean factored;

    OpenBlasCholesky(int n) {
        this.n = n;
        this.factor = new NativeSymmetricMatrix(n);
        this.rhs = new NativeVector(n);
    }

    @Override
    public boolean factor(DMatrixRMaj a, double shift) {
        factored = false;
        factor.load(a);
        if (shift != 0) {
            factor.addToDiagonal(shift);
        }
        int info = Lapack.call(() ->
                LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, NativeSymmetricMatrix.UPLO, n, factor.pointer, n),
                "dpotrf");
        if (info > 0) {
            return false; // the leading minor of order info is not positive definite
        }
        // dpotrf stops on a non-positive or NaN pivot; a NaN or ∞ elsewhere in A reaches the
        // diagonal through the updates, so a finite positive diagonal means a finite factor.
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double scaled = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double d = factor.get(i, i);
            min = Math.min(min, d);
            max = Math.max(max, d);
            scaled = Math.min(scaled, d * d / (a.unsafe_get(i, i) + shift));
        }
        if (!(min > 0) || !(max < Double.POSITIVE_INFINITY)) {
            return false;
        }
        scaledMin = scaled;
        factored = true;
        return true;
    }

    @Override
    public double scaledPivotMinimum() {
        return scaledMin;
    }

    @Override
    public void solve(double[] b, double[] x) {
        NativeSymmetricMatrix.checkVectors(b, x, n);
        if (!factored) {
            throw new IllegalStateException("solve needs a successful factor first");
        }
        rhs.load(b);
        Lapack.call(() -> LAPACKE_dpotrs_work(LAPACK_COL_MAJOR, NativeSymmetricMatrix.UPLO, n, 1,
                factor.pointer, n, rhs.pointer, n), "dpotrs");
        rhs.store(x);
    }
}
