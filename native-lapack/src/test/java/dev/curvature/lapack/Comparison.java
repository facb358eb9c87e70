package dev.curvature.lapack;

import dev.curvature.api.linalg.CholeskyFactorization;
import dev.curvature.api.linalg.DenseBackend;
import dev.curvature.api.linalg.EjmlBackend;
import dev.curvature.api.linalg.IndefiniteFactorization;
import dev.curvature.api.linalg.Inertia;
import dev.curvature.api.linalg.SymmetricEigen;
import dev.curvature.api.spi.Vectors;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/**
 * Runs every factorization of one symmetric matrix through OpenBLAS and EJML and measures how
 * far apart the answers are. The fields are the measurements; the tests assert on them.
 */
final class Comparison {
    /** Eigenvectors are compared only for eigenvalues separated from the others by this·‖A‖₂. */
    static final double EIGENVECTOR_GAP = 1e-3;

    final int n;
    final double norm;
    final double condition;
    final boolean nativeCholesky;
    final boolean ejmlCholesky;
    /** |ratio_native − ratio_ejml| / ratio_ejml, NaN unless both factored. */
    double scaledPivotDifference = Double.NaN;
    /** ‖x_native − x_ejml‖ / ‖x_ejml‖ for the Cholesky solve, NaN unless both factored. */
    double choleskySolution = Double.NaN;
    /** ‖(A + σI)(x_native − x_ejml)‖ / (‖A + σI‖ ‖x_ejml‖), NaN unless both factored. */
    double choleskyResidual = Double.NaN;
    final Inertia nativeInertia;
    final Inertia ejmlInertia;
    final boolean nativeIndefiniteSolved;
    final boolean ejmlIndefiniteSolved;
    /** The same two measures for the indefinite solve, NaN unless both solved. */
    double indefiniteSolution = Double.NaN;
    double indefiniteResidual = Double.NaN;
    /** max |λᵢ(native) − λᵢ(EJML)| / max|λ|. */
    final double eigenvalues;
    /** max over well-separated eigenvalues of ‖±q_native − q_ejml‖∞ (sign aligned). */
    double eigenvectors;
    /** max ‖A q − λ q‖₂ / ‖A‖₂ and max |QᵀQ − I| of the native eigendecomposition. */
    double nativeEigenResidual;
    double nativeOrthogonality;

    /**
     * @param a the matrix (lower triangle read by both)
     * @param shift σ for the Cholesky factorization of A + σI
     * @param b a right-hand side
     * @param zeroTolerance the relative tolerance for the inertia
     */
    Comparison(DenseBackend openblas, DMatrixRMaj a, double shift, double[] b, double zeroTolerance) {
        DenseBackend ejml = EjmlBackend.INSTANCE;
        this.n = a.numRows;
        DMatrixRMaj original = a.copy();

        SymmetricEigen ne = openblas.eigen(n);
        SymmetricEigen ee = ejml.eigen(n);
        if (!ne.decompose(a) || !ee.decompose(a)) {
            throw new AssertionError("eigendecomposition failed");
        }
        this.norm = Math.max(Math.abs(ee.eigenvalue(0)), Math.abs(ee.eigenvalue(n - 1)));
        double smallest = Double.POSITIVE_INFINITY;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(ne.eigenvalue(i) - ee.eigenvalue(i)));
            smallest = Math.min(smallest, Math.abs(ee.eigenvalue(i) + shift));
        }
        this.condition = (norm + Math.abs(shift)) / smallest;
        this.eigenvalues = worst / norm;
        compareEigenvectors(a, ne, ee);

        CholeskyFactorization nc = openblas.cholesky(n);
        CholeskyFactorization ec = ejml.cholesky(n);
        this.nativeCholesky = nc.factor(a, shift);
        this.ejmlCholesky = ec.factor(a, shift);
        if (nativeCholesky && ejmlCholesky) {
            scaledPivotDifference = Math.abs(nc.scaledPivotMinimum() - ec.scaledPivotMinimum())
                    / ec.scaledPivotMinimum();
            double[] xn = new double[n];
            double[] xe = new double[n];
            nc.solve(b, xn);
            ec.solve(b, xe);
            DMatrixRMaj shifted = a.copy();
            for (int i = 0; i < n; i++) {
                shifted.add(i, i, shift);
            }
            choleskySolution = Matrices.relativeDifference(xn, xe);
            choleskyResidual = Matrices.backwardDifference(shifted, norm + Math.abs(shift), xn, xe);
        }

        IndefiniteFactorization ni = openblas.indefinite(n);
        IndefiniteFactorization ei = ejml.indefinite(n);
        if (!ni.factor(a) || !ei.factor(a)) {
            throw new AssertionError("indefinite factorization failed");
        }
        this.nativeInertia = ni.inertia(zeroTolerance);
        this.ejmlInertia = ei.inertia(zeroTolerance);
        double[] xn = new double[n];
        double[] xe = new double[n];
        this.nativeIndefiniteSolved = ni.solve(b, xn);
        this.ejmlIndefiniteSolved = ei.solve(b, xe);
        if (nativeIndefiniteSolved && ejmlIndefiniteSolved) {
            indefiniteSolution = Matrices.relativeDifference(xn, xe);
            indefiniteResidual = Matrices.backwardDifference(a, norm, xn, xe);
        }
        if (!java.util.Arrays.equals(original.data, 0, n * n, a.data, 0, n * n)) {
            throw new AssertionError("a factorization modified its input");
        }
    }

    private void compareEigenvectors(DMatrixRMaj a, SymmetricEigen ne, SymmetricEigen ee) {
        DMatrixRMaj qn = ne.eigenvectors();
        DMatrixRMaj qe = ee.eigenvectors();
        double[] v = new double[n];
        double[] av = new double[n];
        for (int k = 0; k < n; k++) {
            for (int r = 0; r < n; r++) {
                v[r] = qn.unsafe_get(r, k);
            }
            Vectors.multiply(a, v, av);
            Vectors.axpy(-ne.eigenvalue(k), v, av);
            nativeEigenResidual = Math.max(nativeEigenResidual, Vectors.norm2(av) / norm);
            for (int j = 0; j <= k; j++) {
                double dot = 0;
                for (int r = 0; r < n; r++) {
                    dot += qn.unsafe_get(r, j) * qn.unsafe_get(r, k);
                }
                nativeOrthogonality = Math.max(nativeOrthogonality, Math.abs(dot - (j == k ? 1 : 0)));
            }
            double gap = Double.POSITIVE_INFINITY;
            if (k > 0) {
                gap = ee.eigenvalue(k) - ee.eigenvalue(k - 1);
            }
            if (k < n - 1) {
                gap = Math.min(gap, ee.eigenvalue(k + 1) - ee.eigenvalue(k));
            }
            if (gap < EIGENVECTOR_GAP * norm) {
                continue;
            }
            double dot = 0;
            for (int r = 0; r < n; r++) {
                dot += qn.unsafe_get(r, k) * qe.unsafe_get(r, k);
            }
            double sign = Math.signum(dot);
            for (int r = 0; r < n; r++) {
                eigenvectors = Math.max(eigenvectors,
                        Math.abs(sign * qn.unsafe_get(r, k) - qe.unsafe_get(r, k)));
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "n=%d κ=%.1e chol %s/%s scaled pivot %.1e sol %.1e bwd %.1e | inertia %s/%s ldl %s/%s sol %.1e bwd %.1e"
                        + " | λ %.1e q %.1e (native residual %.1e, orthogonality %.1e)",
                n, condition, nativeCholesky, ejmlCholesky, scaledPivotDifference, choleskySolution,
                choleskyResidual, nativeInertia, ejmlInertia, nativeIndefiniteSolved,
                ejmlIndefiniteSolved, indefiniteSolution, indefiniteResidual, eigenvalues, eigenvectors,
                nativeEigenResidual, nativeOrthogonality);
    }
}
