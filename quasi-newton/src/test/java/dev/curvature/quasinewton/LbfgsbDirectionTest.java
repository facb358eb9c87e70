package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import dev.curvature.api.Objective;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** L-BFGS-B's direction against the two-loop recursion and against itself without caching. */
class LbfgsbDirectionTest {

    private static LbfgsModel model(int n, int m) {
        return (LbfgsModel) Lbfgs.defaults().withMemory(m).start(new CountingObjective(
                Objective.of(n, x -> 0, (x, g) -> { }), 10));
    }

    /** A pair (s, As) of the SPD diagonal-plus-rank-one A = D + uuᵀ. */
    private static StepRecord pair(Random random, double[] d, double[] u) {
        int n = d.length;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextGaussian();
        }
        double us = Vectors.dot(u, s);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = d[i] * s[i] + u[i] * us;
        }
        return StepRecord.of(s, y, new double[n], new double[n], 1, true);
    }

    @Test
    void withoutABindingBoundTheStepIsTheQuasiNewtonStep() {
        // no breakpoints: the Cauchy point lies on −g and the subspace minimizer over all
        // variables is the model's minimizer x − B⁻¹g, which the two-loop recursion gives too
        int n = 40;
        Random random = new Random(7);
        double[] d = new double[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = 1 + 10 * random.nextDouble();
            u[i] = random.nextGaussian();
        }
        LbfgsModel model = model(n, 5);
        double[] x = new double[n];
        double[] g = new double[n];
        for (int k = 0; k < 8; k++) {
            model.update(pair(random, d, u));
            for (int i = 0; i < n; i++) {
                g[i] = random.nextGaussian();
            }
            double[] twoLoop = new double[n];
            double[] bounded = new double[n];
            model.direction(x, g, twoLoop);
            model.boundedDirection(x, g, Bounds.unbounded(n), bounded);
            double scale = Vectors.normInf(twoLoop);
            for (int i = 0; i < n; i++) {
                assertEquals(twoLoop[i], bounded[i], 1e-10 * scale, "pairs " + (k + 1) + ", i " + i);
            }
        }
    }

    @Test
    void keptFreeSetSumsGiveTheDirectionsOfFreshOnes() {
        int n = 60;
        int m = 5;
        Random random = new Random(11);
        double[] d = new double[n];
        double[] u = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = 0.5 + 5 * random.nextDouble();
            u[i] = random.nextGaussian();
            lower[i] = i % 3 == 0 ? Double.NEGATIVE_INFINITY : -1;
            upper[i] = i % 4 == 0 ? Double.POSITIVE_INFINITY : 1;
        }
        Bounds box = Bounds.of(lower, upper);
        LbfgsModel kept = model(n, m);
        LbfgsModel fresh = model(n, m);
        LbfgsbDirection keptStep = new LbfgsbDirection(kept, n, m, LbfgsbDirection.REFRESH);
        LbfgsbDirection freshStep = new LbfgsbDirection(fresh, n, m, 0);
        double[] x = new double[n];
        double[] g = new double[n];
        double[] a = new double[n];
        double[] b = new double[n];
        int boundsHit = 0;
        for (int k = 0; k < 40; k++) {
            if (k % 4 != 3) { // some calls without a new pair: only the free set changes
                StepRecord p = pair(random, d, u);
                kept.update(p);
                fresh.update(p);
            }
            for (int i = 0; i < n; i++) { // near the previous point, so the free set drifts
                x[i] = box.project(i, 0.9 * x[i] + 0.6 * random.nextGaussian());
                g[i] = random.nextGaussian();
            }
            keptStep.direction(x, g, box, a);
            freshStep.direction(x, g, box, b);
            double scale = Math.max(1, Vectors.normInf(b));
            for (int i = 0; i < n; i++) {
                assertEquals(b[i], a[i], 1e-10 * scale, "call " + k + ", i " + i);
                double xi = x[i] + a[i];
                assertTrue(xi >= lower[i] - 1e-15 && xi <= upper[i] + 1e-15, "x + d leaves the box");
                if (xi == lower[i] || xi == upper[i]) {
                    boundsHit++;
                }
            }
            assertTrue(Vectors.dot(g, a) < 0, "not a descent direction at call " + k);
        }
        assertTrue(boundsHit > 40, "the test must exercise active bounds: " + boundsHit);
    }
}
