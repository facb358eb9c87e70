package dev.curvature.lapack;

import dev.curvature.api.spi.Vectors;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;

/** Test matrices with chosen spectra, and the agreement measures the tests assert on. */
final class Matrices {
    private Matrices() {
    }

    /** Q·diag(λ)·Qᵀ for a random orthogonal Q, made exactly symmetric. */
    static DMatrixRMaj withEigenvalues(double[] lambda, Random random) {
        int n = lambda.length;
        DMatrixRMaj q = RandomMatrices_DDRM.orthogonal(n, n, random);
        DMatrixRMaj qd = q.copy();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                qd.unsafe_set(r, c, q.unsafe_get(r, c) * lambda[c]);
            }
        }
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(qd, q, a);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < r; c++) {
                double m = 0.5 * (a.unsafe_get(r, c) + a.unsafe_get(c, r));
                a.unsafe_set(r, c, m);
                a.unsafe_set(c, r, m);
            }
        }
        return a;
    }

    /** n eigenvalues spread geometrically from {@code largest} down to {@code largest / condition}. */
    static double[] geometric(int n, double largest, double condition) {
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = n == 1 ? largest : largest * Math.pow(condition, -(double) i / (n - 1));
        }
        return lambda;
    }

    /** A random SPD matrix with 2-norm condition number {@code condition}. */
    static DMatrixRMaj spd(int n, double condition, Random random) {
        return withEigenvalues(geometric(n, 10, condition), random);
    }

    /** A random symmetric indefinite matrix: {@code negatives} eigenvalues in −[1, 100], the rest in [1, 100]. */
    static DMatrixRMaj indefinite(int n, int negatives, Random random) {
        double[] lambda = geometric(n, 100, 100);
        for (int i = 0; i < negatives; i++) {
            lambda[(int) ((long) i * n / negatives)] *= -1;
        }
        return withEigenvalues(lambda, random);
    }

    static double[] gaussian(int n, Random random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    /** ‖x − y‖₂ / ‖y‖₂. */
    static double relativeDifference(double[] x, double[] y) {
        double[] d = new double[x.length];
        Vectors.subtract(x, y, d);
        return Vectors.norm2(d) / Vectors.norm2(y);
    }

    /**
     * ‖A(x − y)‖₂ / (‖A‖₂‖y‖₂): how differently two solutions of Ax = b satisfy it, in the units of
     * normwise backward error (Higham, Accuracy and Stability of Numerical Algorithms, §7.1), which
     * a backward-stable solver keeps near ε whatever the conditioning.
     */
    static double backwardDifference(DMatrixRMaj a, double normA, double[] x, double[] y) {
        double[] d = new double[x.length];
        double[] ad = new double[x.length];
        Vectors.subtract(x, y, d);
        Vectors.multiply(a, d, ad);
        return Vectors.norm2(ad) / (normA * Vectors.norm2(y));
    }
}
