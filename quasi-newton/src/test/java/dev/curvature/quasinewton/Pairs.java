package dev.curvature.quasinewton;

import dev.curvature.api.spi.Vectors;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Test helpers: random vectors, secant pairs, and the textbook updates written with EJML. */
final class Pairs {
    private Pairs() {
    }

    static double[] gaussian(int n, Random rnd) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextGaussian();
        }
        return v;
    }

    /** y = A s for a quadratic's Hessian A. */
    static double[] times(DMatrixRMaj a, double[] s) {
        double[] y = new double[s.length];
        Vectors.multiply(a, s, y);
        return y;
    }

    static DMatrixRMaj column(double[] v) {
        return new DMatrixRMaj(v.length, 1, true, v);
    }

    /** N&amp;W (6.17): H⁺ = (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ. */
    static DMatrixRMaj bfgs(DMatrixRMaj h, double[] s, double[] y) {
        int n = s.length;
        double rho = 1 / Vectors.dot(s, y);
        DMatrixRMaj v = CommonOps_DDRM.identity(n);
        DMatrixRMaj sy = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(column(s), column(y), sy);
        CommonOps_DDRM.addEquals(v, -rho, sy); // V = I − ρsyᵀ
        DMatrixRMaj vh = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(v, h, vh);
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(vh, v, out); // V H Vᵀ
        DMatrixRMaj ss = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(column(s), column(s), ss);
        CommonOps_DDRM.addEquals(out, rho, ss);
        return out;
    }

    /** N&amp;W (6.15): H⁺ = H − Hyyᵀ H/(yᵀHy) + ssᵀ/(yᵀs). */
    static DMatrixRMaj dfp(DMatrixRMaj h, double[] s, double[] y) {
        int n = s.length;
        double[] hy = times(h, y);
        DMatrixRMaj out = h.copy();
        DMatrixRMaj hyhy = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(column(hy), column(hy), hyhy);
        CommonOps_DDRM.addEquals(out, -1 / Vectors.dot(y, hy), hyhy);
        DMatrixRMaj ss = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(column(s), column(s), ss);
        CommonOps_DDRM.addEquals(out, 1 / Vectors.dot(s, y), ss);
        return out;
    }

    static double maxAbsDifference(DMatrixRMaj a, DMatrixRMaj b) {
        double m = 0;
        for (int i = 0; i < a.data.length && i < a.numRows * a.numCols; i++) {
            m = Math.max(m, Math.abs(a.data[i] - b.data[i]));
        }
        return m;
    }

    static double maxAbs(DMatrixRMaj a) {
        return CommonOps_DDRM.elementMaxAbs(a);
    }
}
