package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curvature.api.Objective;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * L-BFGS's direction from the compact form ({@link CompactInverse}) against the textbook two-loop
 * recursion on the same pairs, at dimensions that span several blocks of the kernel's passes.
 */
class CompactInverseTest {

    private static LbfgsModel model(int n, int m) {
        return (LbfgsModel) Lbfgs.defaults().withMemory(m).start(new CountingObjective(
                Objective.of(n, x -> 0, (x, g) -> { }), 10));
    }

    /** N&amp;W Algorithm 7.4, unfused, on the last m pairs (oldest first), H₀ = γI. */
    private static double[] twoLoop(List<double[][]> pairs, int m, double[] g) {
        int from = Math.max(0, pairs.size() - m);
        int k = pairs.size() - from;
        double[] q = g.clone();
        double[] alpha = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double[][] p = pairs.get(from + i);
            alpha[i] = Vectors.dot(p[0], q) / Vectors.dot(p[0], p[1]);
            Vectors.axpy(-alpha[i], p[1], q);
        }
        double[][] newest = pairs.get(pairs.size() - 1);
        Vectors.scale(Vectors.dot(newest[0], newest[1]) / Vectors.dot(newest[1], newest[1]), q, q);
        for (int i = 0; i < k; i++) {
            double[][] p = pairs.get(from + i);
            double beta = Vectors.dot(p[1], q) / Vectors.dot(p[0], p[1]);
            Vectors.axpy(alpha[i] - beta, p[0], q);
        }
        Vectors.scale(-1, q, q);
        return q;
    }

    /** A secant pair of the convex quadratic with Hessian diag(d) + uuᵀ. */
    private static double[][] pair(double[] d, double[] u, Random rnd) {
        double[] s = Pairs.gaussian(d.length, rnd);
        double[] y = new double[d.length];
        double us = Vectors.dot(u, s);
        for (int i = 0; i < d.length; i++) {
            y[i] = d[i] * s[i] + us * u[i];
        }
        return new double[][] {s, y};
    }

    private static void assertSameDirection(double[] expected, double[] actual, String what) {
        double scale = Vectors.normInf(expected);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * scale, what + ", entry " + i);
        }
    }

    /**
     * Accepted steps as the driver makes them, g_{k+1} = g_k + y_k handed as the record's gradient
     * and then to the next direction: the new pair's Gram column comes from the differences of
     * Sᵀg and Yᵀg between the two directions.
     */
    @Test
    void directionMatchesTheTwoLoopRecursionAcrossBlocksThroughTheRingBuffer() {
        Random rnd = new Random(7);
        int m = 10;
        for (int n : new int[] {CompactInverse.BLOCK - 1, 2 * CompactInverse.BLOCK + 3}) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = Math.pow(10, 2 * rnd.nextDouble()); // in [1, 100]
            }
            double[] u = Pairs.gaussian(n, rnd);
            LbfgsModel model = model(n, m);
            List<double[][]> pairs = new ArrayList<>();
            double[] p = new double[n];
            double[] g = Pairs.gaussian(n, rnd);
            for (int k = 0; k < 3 * m + 1; k++) { // wraps the ring buffer more than twice
                double[][] sy = pair(d, u, rnd);
                pairs.add(sy);
                double[] next = g.clone();
                Vectors.axpy(1, sy[1], next);
                g = next;
                model.update(StepRecord.of(sy[0], sy[1], null, g, 1, true));
                assertEquals(DirectionStatus.OK, model.direction(null, g, p));
                assertSameDirection(twoLoop(pairs, m, g), p, "n = " + n + ", k = " + k);
            }
        }
    }

    /**
     * Several pairs stored between two directions (a model used by a trust region, or a caller
     * that updates twice), pairs whose gradient is not the next direction's, and a reset in
     * between: every new pair's Gram entries are computed by dot products, not only the newest
     * pair's.
     */
    @Test
    void directionStaysExactWhenSeveralPairsArriveBetweenTwoDirectionsAndAfterAReset() {
        Random rnd = new Random(11);
        int n = CompactInverse.BLOCK + 17;
        int m = 6;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = 1 + 9 * rnd.nextDouble();
        }
        double[] u = Pairs.gaussian(n, rnd);
        LbfgsModel model = model(n, m);
        List<double[][]> pairs = new ArrayList<>();
        double[] p = new double[n];
        for (int round = 0; round < 6; round++) {
            if (round == 3) {
                model.reset();
                pairs.clear();
            }
            for (int j = 0; j <= round % 3 + 1; j++) { // 2 to 4 pairs per direction
                double[][] sy = pair(d, u, rnd);
                pairs.add(sy);
                model.update(StepRecord.of(sy[0], sy[1], null, null, 1, true));
            }
            double[] g = Pairs.gaussian(n, rnd);
            assertEquals(DirectionStatus.OK, model.direction(null, g, p));
            assertSameDirection(twoLoop(pairs, m, g), p, "round " + round);
        }
    }

    @Test
    void aNonFiniteGradientGivesANonFiniteDirectionStatus() {
        Random rnd = new Random(3);
        int n = CompactInverse.BLOCK + 1;
        LbfgsModel model = model(n, 3);
        double[] d = new double[n];
        java.util.Arrays.fill(d, 2);
        double[][] sy = pair(d, new double[n], rnd);
        model.update(StepRecord.of(sy[0], sy[1], null, null, 1, true));
        double[] g = Pairs.gaussian(n, rnd);
        g[n - 1] = Double.NaN; // in the last, one-element block
        assertEquals(DirectionStatus.NON_FINITE, model.direction(null, g, new double[n]));
    }
}
