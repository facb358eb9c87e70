package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;

class LimitedMemoryPreconditionerTest {
    private static final int N = 5;
    private final Random random = new Random(11);
    private final DMatrixRMaj a = spd(N);

    private DMatrixRMaj spd(int n) {
        DMatrixRMaj b = RandomMatrices_DDRM.rectangle(n, n, -1, 1, random);
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(b, b, m);
        for (int i = 0; i < n; i++) {
            m.add(i, i, 0.5);
        }
        return m;
    }

    /** A pair (s, As) with a random s. */
    private double[][] pair(DMatrixRMaj matrix) {
        int n = matrix.numRows;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextGaussian();
        }
        return new double[][] {s, times(matrix, s)};
    }

    private static double[] times(DMatrixRMaj m, double[] v) {
        DMatrixRMaj out = new DMatrixRMaj(m.numRows, 1);
        CommonOps_DDRM.mult(m, DMatrixRMaj.wrap(v.length, 1, v), out);
        return out.data;
    }

    private static double dot(double[] u, double[] v) {
        double d = 0;
        for (int i = 0; i < u.length; i++) {
            d += u[i] * v[i];
        }
        return d;
    }

    private static void record(LimitedMemoryPreconditioner p, double[][] pair) {
        p.record(pair[0], pair[1], dot(pair[0], pair[1]));
    }

    /**
     * The BFGS inverse update applied densely, oldest pair first (N&amp;W (6.17)):
     * H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ, from H⁰; independent of the two-loop recursion.
     */
    private static DMatrixRMaj denseInverse(DMatrixRMaj h0, List<double[][]> pairs) {
        int n = h0.numRows;
        DMatrixRMaj h = h0.copy();
        for (double[][] pr : pairs) {
            double rho = 1 / dot(pr[0], pr[1]);
            DMatrixRMaj v = CommonOps_DDRM.identity(n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    v.add(i, j, -rho * pr[1][i] * pr[0][j]); // V = I − ρysᵀ
                }
            }
            DMatrixRMaj hv = new DMatrixRMaj(n, n);
            CommonOps_DDRM.mult(h, v, hv);
            CommonOps_DDRM.multTransA(v, hv, h);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    h.add(i, j, rho * pr[0][i] * pr[0][j]);
                }
            }
        }
        return h;
    }

    private static DMatrixRMaj diag(double[] d) {
        return CommonOps_DDRM.diag(d);
    }

    private void assertApplies(LimitedMemoryPreconditioner p, double[] h0, List<double[][]> pairs) {
        DMatrixRMaj start;
        if (h0 != null) {
            start = diag(h0);
        } else {
            double[][] newest = pairs.get(pairs.size() - 1);
            DMatrixRMaj gamma = CommonOps_DDRM.identity(N);
            CommonOps_DDRM.scale(dot(newest[0], newest[1]) / dot(newest[1], newest[1]), gamma);
            start = gamma;
        }
        DMatrixRMaj expected = denseInverse(start, pairs);
        for (int trial = 0; trial < 3; trial++) {
            double[] v = pair(CommonOps_DDRM.identity(N))[0];
            double[] out = new double[N];
            p.apply(v, out, h0);
            double[] want = times(expected, v);
            for (int i = 0; i < N; i++) {
                assertEquals(want[i], out[i], 1e-12 * (1 + Math.abs(want[i])), "component " + i);
            }
        }
    }

    @Test
    void keepsTheNewestPairsAndHoldsThePreconditionerFixedDuringASolve() {
        double[] h0 = {0.5, 1, 2, 3, 0.25};
        LimitedMemoryPreconditioner p = new LimitedMemoryPreconditioner(N, 2);
        assertFalse(p.hasPairs());
        double[] v = {1, -2, 3, -4, 5};
        double[] out = new double[N];
        p.apply(v, out, h0);
        for (int i = 0; i < N; i++) {
            assertEquals(h0[i] * v[i], out[i], 0, "no pairs: H⁰");
        }
        List<double[][]> made = new ArrayList<>();
        p.beginSolve();
        for (int i = 0; i < 3; i++) {
            made.add(pair(a));
            record(p, made.get(i));
        }
        p.endSolve();
        assertTrue(p.hasPairs());
        assertApplies(p, h0, made.subList(1, 3));
        assertApplies(p, null, made.subList(1, 3));

        p.beginSolve();
        made.add(pair(a));
        record(p, made.get(3));
        assertApplies(p, h0, made.subList(1, 3)); // pending pairs are not used yet
        p.endSolve();
        assertApplies(p, h0, made.subList(2, 4));

        // Many pairs in one solve: only its newest two survive.
        p.beginSolve();
        for (int i = 4; i < 9; i++) {
            made.add(pair(a));
            record(p, made.get(i));
        }
        p.endSolve();
        assertApplies(p, h0, made.subList(7, 9));

        p.clear();
        assertFalse(p.hasPairs());
        p.apply(v, out, h0);
        for (int i = 0; i < N; i++) {
            assertEquals(h0[i] * v[i], out[i], 0, "cleared: H⁰");
        }
    }

    @Test
    void withNConjugatePairsOfAMatrixItIsThatMatrixsInverse() {
        // The pairs CG produces on Ax = b are A-conjugate; BFGS with n such pairs ends at A⁻¹
        // whatever H⁰ (N&W §6.1's quadratic termination).
        int n = 6;
        DMatrixRMaj m = spd(n);
        List<double[]> directions = new ArrayList<>();
        LimitedMemoryPreconditioner p = new LimitedMemoryPreconditioner(n, n);
        p.beginSolve();
        for (int k = 0; k < n; k++) {
            double[] d = pair(m)[0];
            for (double[] e : directions) { // A-orthogonalize against the earlier directions
                double[] ae = times(m, e);
                double c = dot(d, ae) / dot(e, ae);
                for (int i = 0; i < n; i++) {
                    d[i] -= c * e[i];
                }
            }
            directions.add(d);
            double[] ad = times(m, d);
            p.record(d, ad, dot(d, ad));
        }
        p.endSolve();
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        assertTrue(CommonOps_DDRM.invert(m, inverse));
        double[] h0 = {3, 0.1, 7, 1, 2, 0.5};
        double[] v = {1, 2, 3, 4, 5, 6};
        double[] out = new double[n];
        p.apply(v, out, h0);
        assertArrayEquals(times(inverse, v), out, 1e-10 * CommonOps_DDRM.elementMaxAbs(inverse) * 6);
    }
}
