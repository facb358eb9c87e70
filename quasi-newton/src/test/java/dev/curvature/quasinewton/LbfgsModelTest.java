package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Objective;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** L-BFGS against the dense BFGS recursion N&amp;W (7.19) on the same m pairs from H₀ = γI. */
class LbfgsModelTest {

    private static LbfgsModel model(int n, int m) {
        return (LbfgsModel) Lbfgs.defaults().withMemory(m).start(new CountingObjective(
                Objective.of(n, x -> 0, (x, g) -> { }), 10));
    }

    /** A model whose objective reports the Hessian diagonal {@code d}: H₀ = γ·diag(1/d). */
    private static LbfgsModel scaledModel(int n, int m, double[] d) {
        abstract class WithDiagonal implements Objective, dev.curvature.api.HessianDiagonal {
        }
        Objective f = new WithDiagonal() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double value(double[] x) {
                return 0;
            }

            @Override
            public void gradient(double[] x, double[] g) {
            }

            @Override
            public void hessianDiagonal(double[] x, double[] out) {
                System.arraycopy(d, 0, out, 0, n);
            }
        };
        return (LbfgsModel) Lbfgs.defaults().withMemory(m).start(new CountingObjective(f, 10));
    }

    /** H from the last m pairs, oldest first, on H₀ = (sᵀy/yᵀy of the newest pair)·I. */
    private static DMatrixRMaj reference(List<double[][]> pairs, int m) {
        return reference(pairs, m, null);
    }

    /**
     * H from the last m pairs, oldest first, on H₀ = γW, W = diag(w) (I when null),
     * γ = sᵀy/yᵀWy of the newest pair.
     */
    private static DMatrixRMaj reference(List<double[][]> pairs, int m, double[] w) {
        int from = Math.max(0, pairs.size() - m);
        double[][] newest = pairs.get(pairs.size() - 1);
        int n = newest[0].length;
        DMatrixRMaj h = CommonOps_DDRM.identity(n);
        double yWy = 0;
        for (int i = 0; i < n; i++) {
            yWy += newest[1][i] * newest[1][i] * (w == null ? 1 : w[i]);
            if (w != null) {
                h.set(i, i, w[i]);
            }
        }
        CommonOps_DDRM.scale(Vectors.dot(newest[0], newest[1]) / yWy, h);
        for (int k = from; k < pairs.size(); k++) {
            h = Pairs.bfgs(h, pairs.get(k)[0], pairs.get(k)[1]);
        }
        return h;
    }

    @Test
    void twoLoopAndCompactProductMatchTheDenseRecursionThroughTheRingBuffer() {
        matchesTheDenseRecursion(false);
    }

    @Test
    void withADiagonalScalingTwoLoopAndCompactProductMatchTheDenseRecursionOnGammaW() {
        matchesTheDenseRecursion(true);
    }

    private static void matchesTheDenseRecursion(boolean scaled) {
        Random rnd = new Random(41);
        for (int n : new int[] {1, 3, 10, 25}) {
            for (int m : new int[] {1, 2, 5, 10}) {
                Quadratic q = Quadratic.convex(n, 30, rnd);
                double[] d = new double[n];
                double[] w = null;
                if (scaled) {
                    w = new double[n];
                    for (int i = 0; i < n; i++) {
                        d[i] = (i % 2 == 0 ? 1 : -1) * Math.pow(10, 2 * rnd.nextDouble() - 1); // |d| in [0.1, 10]
                        w[i] = 1 / Math.abs(d[i]);
                    }
                }
                LbfgsModel model = scaled ? scaledModel(n, m, d) : model(n, m);
                List<double[][]> pairs = new ArrayList<>();
                for (int k = 0; k < 3 * m + 1; k++) { // wraps the ring buffer more than twice
                    double[] s = Pairs.gaussian(n, rnd);
                    double[] y = Pairs.times(q.a, s);
                    pairs.add(new double[][] {s, y});
                    model.update(StepRecord.of(s, y, null, null, 1, true));
                    assertEquals(Math.min(k + 1, m), model.storedPairs());
                    DMatrixRMaj h = reference(pairs, m, w);
                    double[] g = Pairs.gaussian(n, rnd);
                    double[] p = new double[n];
                    model.direction(null, g, p);
                    double[] hg = Pairs.times(h, g);
                    for (int i = 0; i < n; i++) {
                        assertEquals(-hg[i], p[i], 1e-11 * Vectors.normInf(hg),
                                "direction, n = " + n + ", m = " + m + ", k = " + k);
                    }
                    // B = H⁻¹ from the compact form
                    DMatrixRMaj b = new DMatrixRMaj(n, n);
                    CommonOps_DDRM.invert(h, b);
                    double[] v = Pairs.gaussian(n, rnd);
                    double[] bv = new double[n];
                    model.multiply(null, null, v, bv);
                    double[] expected = Pairs.times(b, v);
                    for (int i = 0; i < n; i++) {
                        assertEquals(expected[i], bv[i], 1e-9 * Vectors.normInf(expected),
                                "multiply, n = " + n + ", m = " + m + ", k = " + k);
                    }
                }
            }
        }
    }

    @Test
    void skipsPairsFailingTheCurvatureConditionAndResetsOnce() {
        LbfgsModel model = model(2, 3);
        assertFalse(model.reset(), "no pairs yet");
        model.update(StepRecord.of(new double[] {1, 0}, new double[] {2, 0}, null, null, 1, true)); // γ = 1/2
        model.update(StepRecord.of(new double[] {0, 1}, new double[] {0, -1}, null, null, 1, true)); // sᵀy < 0
        model.update(StepRecord.of(new double[] {0, 1}, new double[] {1, 1e-17}, null, null, 1, true)); // sᵀy ≤ ε‖s‖‖y‖
        assertEquals(1, model.storedPairs());
        assertEquals(2, model.skippedUpdates());
        assertTrue(model.reset());
        assertFalse(model.reset());
        double[] p = new double[2];
        model.direction(null, new double[] {2, 4}, p);
        assertArrayEquals(new double[] {-1, -2}, p, 0.0, "−γg with the last γ");
    }

    /**
     * The iteration-loop calls allocate nothing: bytes allocated by this thread over many
     * direction/update/multiply calls, after warm-up, measured by the HotSpot
     * ThreadMXBean extension.
     */
    @Test
    void directionUpdateAndMultiplyDoNotAllocate() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean sun)
                || !sun.isThreadAllocatedMemorySupported()) {
            org.junit.jupiter.api.Assumptions.abort("thread allocation counting unavailable");
            return;
        }
        sun.setThreadAllocatedMemoryEnabled(true);
        int n = 50;
        Random rnd = new Random(3);
        Quadratic q = Quadratic.convex(n, 30, rnd);
        LbfgsModel model = model(n, 7);
        StepRecord[] steps = new StepRecord[20];
        for (int k = 0; k < steps.length; k++) {
            double[] s = Pairs.gaussian(n, rnd);
            steps[k] = StepRecord.of(s, Pairs.times(q.a, s), null, null, 1, true);
        }
        double[] g = Pairs.gaussian(n, rnd);
        double[] out = new double[n];
        long thread = Thread.currentThread().getId();
        for (int round = 0; round < 3; round++) {
            long before = sun.getThreadAllocatedBytes(thread);
            long baseline = sun.getThreadAllocatedBytes(thread) - before; // cost of measuring
            before = sun.getThreadAllocatedBytes(thread);
            for (int k = 0; k < 20_000; k++) {
                model.update(steps[k % steps.length]);
                model.direction(null, g, out);
                model.multiply(null, null, g, out);
            }
            long allocated = sun.getThreadAllocatedBytes(thread) - before - baseline;
            if (round == 2) {
                // one allocation per iteration would be ≥ 16 bytes × 20 000
                assertTrue(allocated <= 1024,
                        "bytes allocated by 20 000 L-BFGS iterations: " + allocated);
            }
        }
    }
}
