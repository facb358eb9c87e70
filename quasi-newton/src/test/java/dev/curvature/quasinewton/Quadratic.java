package dev.curvature.quasinewton;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Vectors;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/** f(x) = ½xᵀAx − bᵀx with A = Q diag(λ) Qᵀ for a random orthogonal Q. */
final class Quadratic implements TwiceDifferentiable {
    final DMatrixRMaj a;
    final double[] b;

    Quadratic(DMatrixRMaj a, double[] b) {
        this.a = a;
        this.b = b;
    }

    /** Random symmetric A with eigenvalues λ (any signs) and random b. */
    static Quadratic withEigenvalues(double[] lambda, Random rnd) {
        int n = lambda.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n * n; i++) {
            m.data[i] = rnd.nextGaussian();
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        qr.decompose(m);
        DMatrixRMaj q = qr.getQ(null, false);
        DMatrixRMaj qd = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, CommonOps_DDRM.diag(lambda), qd);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(qd, q, a);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (a.get(i, j) + a.get(j, i));
                a.set(i, j, v);
                a.set(j, i, v);
            }
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextGaussian();
        }
        return new Quadratic(a, b);
    }

    /**
     * Strictly convex: eigenvalues κ^(i/(n−1)), geometrically spaced in [1, κ], in a random
     * basis.
     */
    static Quadratic convex(int n, double condition, Random rnd) {
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = n == 1 ? 1 : Math.pow(condition, (double) i / (n - 1));
        }
        return withEigenvalues(lambda, rnd);
    }

    @Override
    public int dimension() {
        return b.length;
    }

    @Override
    public double value(double[] x) {
        double[] ax = new double[x.length];
        Vectors.multiply(a, x, ax);
        return 0.5 * Vectors.dot(x, ax) - Vectors.dot(b, x);
    }

    @Override
    public void gradient(double[] x, double[] g) {
        Vectors.multiply(a, x, g);
        Vectors.axpy(-1, b, g);
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj out) {
        out.setTo(a);
    }
}
