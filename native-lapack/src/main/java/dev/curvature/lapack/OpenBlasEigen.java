package dev.curvature.lapack;

import static org.bytedeco.openblas.global.openblas.LAPACKE_dsyevr_work;
import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;

import dev.curvature.api.linalg.SymmetricEigen;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The symmetric eigendecomposition A = QΛQᵀ with LAPACK {@code dsyevr}: Householder
 * tridiagonalization, then the eigenpairs of the tridiagonal matrix by the MRRR algorithm
 * (Dhillon &amp; Parlett, Linear Algebra Appl. 387, 2004; Golub &amp; Van Loan §8.3, §8.4).
 * Eigenvalues come back ascending. Native memory (the matrix, Λ, Q, workspaces from LAPACK's
 * workspace query) is allocated once. LAPACK's Q is column-major; read as a row-major array it is
 * Qᵀ, so {@link #eigenvectors()} copies it out and transposes it once per decomposition, on first
 * use. Reads the lower triangle of A. Not thread-safe: per-run state.
 */
final class OpenBlasEigen implements SymmetricEigen {
    private static final byte VECTORS = 'V';
    private static final byte ALL = 'A';

    private final int n;
    private final NativeSymmetricMatrix matrix;
    private final NativeVector values;
    private final DoublePointer vectors;
    private final IntPointer support;
    private final IntPointer found;
    private final DoublePointer work;
    private final int workSize;
    private final IntPointer intWork;
    private final int intWorkSize;
    private final double[] rowSums;
    private final double[] eigenvalues;
    private final DMatrixRMaj transposed;
    private final DMatrixRMaj eigenvectors;
    private boolean decomposed;
    private boolean vectorsCurrent;

    OpenBlasEigen(int n) {
        this.n = n;
        this.matrix = new NativeSymmetricMatrix(n);
        this.values = new NativeVector(n);
        this.vectors = new DoublePointer((long) n * n);
        this.support = new IntPointer(2L * n);
        this.found = new IntPointer(1);
        try (DoublePointer workQuery = new DoublePointer(1); IntPointer intQuery = new IntPointer(1)) {
            Lapack.checked(syevr(workQuery, -1, intQuery, -1), "dsyevr (workspace query)");
            this.workSize = Lapack.workspaceSize(workQuery.get(0), 26 * n);
            this.intWorkSize = Math.max(10 * n, intQuery.get(0));
        }
        this.work = new DoublePointer(workSize);
        this.intWork = new IntPointer(intWorkSize);
        this.rowSums = new double[n];
        this.eigenvalues = new double[n];
        this.transposed = new DMatrixRMaj(n, n);
        this.eigenvectors = new DMatrixRMaj(n, n);
    }

    private int syevr(DoublePointer w, int lw, IntPointer iw, int liw) {
        // abstol = 0: LAPACK's default, ε·‖T‖₁ for the tridiagonal T.
        return OpenBlasThreads.call(() -> LAPACKE_dsyevr_work(LAPACK_COL_MAJOR, VECTORS, ALL,
                NativeSymmetricMatrix.UPLO, n, matrix.pointer, n, 0, 0, 0, 0, 0, found, values.pointer,
                vectors, n, support, w, lw, iw, liw));
    }

    @Override
    public boolean decompose(DMatrixRMaj a) {
        decomposed = false;
        vectorsCurrent = false;
        if (Double.isNaN(matrix.loadWithNorm(a, rowSums))) {
            return false;
        }
        int info = Lapack.checked(syevr(work, workSize, intWork, intWorkSize), "dsyevr");
        if (info > 0 || found.get(0) != n) {
            return false; // internal error in the MRRR iteration
        }
        values.store(eigenvalues);
        for (double v : eigenvalues) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        decomposed = true;
        return true;
    }

    @Override
    public double eigenvalue(int i) {
        requireDecomposed();
        return eigenvalues[i];
    }

    @Override
    public DMatrixRMaj eigenvectors() {
        requireDecomposed();
        if (!vectorsCurrent) {
            vectors.get(transposed.data, 0, n * n);
            CommonOps_DDRM.transpose(transposed, eigenvectors);
            vectorsCurrent = true;
        }
        return eigenvectors;
    }

    private void requireDecomposed() {
        if (!decomposed) {
            throw new IllegalStateException("needs a successful decompose first");
        }
    }
}
