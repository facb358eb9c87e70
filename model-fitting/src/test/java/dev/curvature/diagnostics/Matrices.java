package dev.curvature.diagnostics;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/** Test matrices with known spectra. */
final class Matrices {
    private Matrices() {
    }

    /** A pseudo-random orthogonal n×n matrix (Q of the QR factorization of a random matrix). */
    static DMatrixRMaj randomOrthogonal(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = 2 * random.nextDouble() - 1;
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        qr.decompose(a);
        return qr.getQ(null, false);
    }

    /** Q·diag(λ)·Qᵀ, symmetrized exactly. */
    static DMatrixRMaj withSpectrum(double[] eigenvalues, long seed) {
        int n = eigenvalues.length;
        DMatrixRMaj q = randomOrthogonal(n, seed);
        DMatrixRMaj d = CommonOps_DDRM.diag(eigenvalues);
        DMatrixRMaj qd = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, d, qd);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(qd, q, a);
        MatrixChecks.symmetricPart(a, a);
        return a;
    }

    /** A symmetric matrix with independent uniform(−1, 1) entries on and above the diagonal. */
    static DMatrixRMaj randomSymmetric(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = 2 * random.nextDouble() - 1;
                a.set(i, j, v);
                a.set(j, i, v);
            }
        }
        return a;
    }
}
