package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Objective;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class Sr1ModelTest {

    private static Sr1Model model(int n) {
        return (Sr1Model) Sr1.defaults().start(new CountingObjective(
                Objective.of(n, x -> 0, (x, g) -> { }), 10));
    }

    /**
     * N&amp;W Theorem 6.1: on a quadratic, SR1 with n linearly independent steps (and no skipped
     * update) ends with B_n = A, whatever the steps and B₀ — here indefinite A included.
     */
    @Test
    void recoversTheHessianOfAQuadraticAfterNIndependentSteps() {
        Random rnd = new Random(61);
        for (int n : new int[] {1, 2, 3, 5, 8, 12, 20}) {
            for (boolean definite : new boolean[] {true, false}) {
                double[] lambda = new double[n];
                for (int i = 0; i < n; i++) {
                    lambda[i] = definite ? 1 + 9 * rnd.nextDouble() : -10 + 20 * rnd.nextDouble();
                }
                Quadratic q = Quadratic.withEigenvalues(lambda, rnd);
                Sr1Model m = model(n);
                for (int k = 0; k < n; k++) {
                    double[] s = Pairs.gaussian(n, rnd);
                    m.update(StepRecord.of(s, Pairs.times(q.a, s), null, null, 1, true));
                }
                assertEquals(0, m.skippedUpdates(), "n = " + n);
                double error = Pairs.maxAbsDifference(q.a, m.matrix(null, null));
                assertTrue(error <= 1e-9 * Pairs.maxAbs(q.a),
                        "n = " + n + (definite ? " definite" : " indefinite") + ": ‖B − A‖max = " + error);
            }
        }
    }

    @Test
    void skipsAnUpdateWhoseDenominatorIsTooSmall() {
        Sr1Model m = model(2);
        m.update(StepRecord.of(new double[] {1, 0}, new double[] {2, 0}, null, null, 1, true)); // B = 2I: Bs = y already
        DMatrixRMaj before = m.matrix(null, null).copy();
        // y − Bs ⊥ s: the SR1 denominator vanishes
        double[] s = {1, 0};
        double[] bs = Pairs.times(before, s);
        m.update(StepRecord.of(s, new double[] {bs[0], bs[1] + 1}, null, null, 1, true));
        assertEquals(1, m.skippedUpdates());
        assertEquals(0, Pairs.maxAbsDifference(before, m.matrix(null, null)));
        // y = Bs: nothing to learn, not a skip
        m.update(StepRecord.of(s, bs, null, null, 1, true));
        assertEquals(1, m.skippedUpdates());
        assertEquals(0, Pairs.maxAbsDifference(before, m.matrix(null, null)));
    }

    @Test
    void scalesTheIdentityBeforeTheFirstUpdateAndResetsToIt() {
        Sr1Model m = model(2);
        assertFalse(m.reset());
        // B₀ becomes (yᵀy/|sᵀy|)I = (25/3)I, then the update makes Bs = y
        m.update(StepRecord.of(new double[] {1, 0}, new double[] {3, 4}, null, null, 1, true));
        double[] bs = Pairs.times(m.matrix(null, null), new double[] {1, 0});
        assertArrayEquals(new double[] {3, 4}, bs, 1e-14, "secant equation");
        assertTrue(m.reset());
        assertArrayEquals(new double[] {25.0 / 3, 0, 0, 25.0 / 3}, m.matrix(null, null).data, 0.0);
        assertFalse(m.reset());
    }

    @Test
    void directionSolvesTheNewtonSystemEvenWhenIndefinite() {
        Random rnd = new Random(7);
        int n = 6;
        Quadratic q = Quadratic.withEigenvalues(new double[] {-3, -1, 0.5, 2, 4, 9}, rnd);
        Sr1Model m = model(n);
        for (int k = 0; k < n; k++) {
            double[] s = Pairs.gaussian(n, rnd);
            m.update(StepRecord.of(s, Pairs.times(q.a, s), null, null, 1, true));
        }
        double[] g = Pairs.gaussian(n, rnd);
        double[] p = new double[n];
        assertEquals(DirectionStatus.OK, m.direction(null, g, p));
        double[] bp = new double[n];
        m.multiply(null, null, p, bp);
        Vectors.axpy(1, g, bp);
        assertTrue(Vectors.normInf(bp) <= 1e-9 * Vectors.normInf(g), "‖Bp + g‖ = " + Vectors.normInf(bp));
    }

    @Test
    void aSingularModelHasNoDirection() {
        Sr1Model m = model(2);
        // B = I (scale yᵀy/|sᵀy| = 1, and y = Bs); then y − Bs = (−1, 0) makes B₁₁ = 0
        m.update(StepRecord.of(new double[] {1, 1}, new double[] {1, 1}, null, null, 1, true));
        m.update(StepRecord.of(new double[] {1, 0}, new double[] {0, 0}, null, null, 1, true));
        assertEquals(0, m.matrix(null, null).get(0, 0), 1e-15);
        assertEquals(DirectionStatus.SINGULAR, m.direction(null, new double[] {1, 1}, new double[2]));
    }
}
