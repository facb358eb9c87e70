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
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BFGS and DFP models against N&amp;W's formulas written independently with EJML. */
class InverseBroydenModelTest {

    private static InverseBroydenModel model(boolean bfgs, int n) {
        CountingObjective objective = new CountingObjective(
                Objective.of(n, x -> 0, (x, g) -> { }), 10);
        return (InverseBroydenModel) (bfgs ? Bfgs.defaults() : Dfp.defaults()).start(objective);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void updatesMatchTheTextbookFormulasFromTheScaledIdentity(boolean bfgs) {
        Random rnd = new Random(bfgs ? 1 : 2);
        for (int n : new int[] {1, 2, 5, 12}) {
            Quadratic q = Quadratic.convex(n, 50, rnd);
            InverseBroydenModel m = model(bfgs, n);
            DMatrixRMaj reference = null;
            for (int k = 0; k < 3 * n; k++) {
                double[] s = Pairs.gaussian(n, rnd);
                double[] y = Pairs.times(q.a, s);
                if (reference == null) { // N&W (6.20): H₀ = (sᵀy/yᵀy)I before the first update
                    reference = CommonOps_DDRM.identity(n);
                    CommonOps_DDRM.scale(Vectors.dot(s, y) / Vectors.dot(y, y), reference);
                }
                reference = bfgs ? Pairs.bfgs(reference, s, y) : Pairs.dfp(reference, s, y);
                m.update(StepRecord.of(s, y, null, null, 1, true));
                double scale = Pairs.maxAbs(reference);
                assertTrue(Pairs.maxAbsDifference(reference, m.inverse()) <= 1e-12 * scale,
                        (bfgs ? "BFGS" : "DFP") + " n = " + n + " after " + (k + 1) + " updates: "
                                + Pairs.maxAbsDifference(reference, m.inverse()));
                double[] hy = Pairs.times(m.inverse(), y); // secant equation H⁺y = s
                assertArrayEquals(s, hy, 1e-10 * Vectors.normInf(s));
            }
            assertEquals(3 * n, m.updates());
            assertEquals(0, m.skippedUpdates());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void directionMultiplyAndMatrixAreConsistent(boolean bfgs) {
        Random rnd = new Random(bfgs ? 3 : 4);
        int n = 7;
        Quadratic q = Quadratic.convex(n, 50, rnd);
        InverseBroydenModel m = model(bfgs, n);
        for (int k = 0; k < n; k++) {
            double[] s = Pairs.gaussian(n, rnd);
            m.update(StepRecord.of(s, Pairs.times(q.a, s), null, null, 1, true));
        }
        double[] g = Pairs.gaussian(n, rnd);
        double[] p = new double[n];
        assertEquals(DirectionStatus.OK, m.direction(null, g, p));
        assertArrayEquals(Pairs.times(m.inverse(), g), negate(p), 1e-12 * Vectors.normInf(p));
        double[] bp = new double[n];
        m.multiply(null, null, p, bp); // B(−Hg) = −g
        assertArrayEquals(negate(g), bp, 1e-9 * Vectors.normInf(g));
        DMatrixRMaj product = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(m.matrix(null, null), m.inverse(), product);
        assertTrue(Pairs.maxAbsDifference(CommonOps_DDRM.identity(n), product) <= 1e-9);
        assertTrue(Vectors.dot(g, p) < 0, "a descent direction");
    }

    private static double[] negate(double[] v) {
        double[] out = v.clone();
        Vectors.scale(-1, out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void pairsFailingTheCurvatureConditionAreSkipped(boolean bfgs) {
        int n = 3;
        InverseBroydenModel m = model(bfgs, n);
        double[] s = {1, 0, 0};
        m.update(StepRecord.of(s, new double[] {2, 1, 0}, null, null, 1, true)); // sᵀy = 2 > 0: used
        DMatrixRMaj before = m.inverse().copy();
        m.update(StepRecord.of(s, new double[] {-1, 0, 0}, null, null, 1, true)); // sᵀy < 0
        m.update(StepRecord.of(s, new double[] {0, 1, 0}, null, null, 1, true)); // sᵀy = 0
        m.update(StepRecord.of(s, new double[] {1e-9, 1, 0}, null, null, 1, true)); // sᵀy = 1e-9 ≤ 1e-8‖s‖‖y‖
        m.update(StepRecord.of(s, new double[] {Double.NaN, 1, 0}, null, null, 1, true));
        assertEquals(4, m.skippedUpdates());
        assertEquals(0, Pairs.maxAbsDifference(before, m.inverse()));
        m.update(StepRecord.of(s, new double[] {1e-7, 1, 0}, null, null, 1, true)); // 1e-7 > 1e-8·‖y‖: used
        assertEquals(2, m.updates());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void resetReturnsToTheScaledIdentityOnce(boolean bfgs) {
        int n = 2;
        InverseBroydenModel m = model(bfgs, n);
        assertFalse(m.reset(), "already steepest descent");
        double[] s = {1, 1};
        double[] y = {4, 2}; // γ = sᵀy/yᵀy = 6/20
        m.update(StepRecord.of(s, y, null, null, 1, true));
        assertTrue(m.reset());
        assertFalse(m.reset());
        double[] p = new double[n];
        m.direction(null, new double[] {1, -2}, p);
        assertArrayEquals(new double[] {-0.3, 0.6}, p, 1e-15);
    }

    @Test
    void withoutInitialScalingTheFirstUpdateStartsFromTheIdentity() {
        Random rnd = new Random(5);
        int n = 6;
        Quadratic q = Quadratic.convex(n, 50, rnd);
        CountingObjective objective = new CountingObjective(
                Objective.of(n, x -> 0, (x, g) -> { }), 10);
        InverseBroydenModel m = (InverseBroydenModel) Bfgs.defaults().withInitialScaling(false)
                .start(objective);
        assertFalse(m.reset(), "H is still I: nothing to forget");
        DMatrixRMaj reference = CommonOps_DDRM.identity(n); // H₀ = I, no (6.20)
        for (int k = 0; k < 2; k++) {
            double[] s = Pairs.gaussian(n, rnd);
            double[] y = Pairs.times(q.a, s);
            reference = Pairs.bfgs(reference, s, y);
            m.update(StepRecord.of(s, y, null, null, 1, true));
            assertTrue(Pairs.maxAbsDifference(reference, m.inverse()) <= 1e-12 * Pairs.maxAbs(reference),
                    "after " + (k + 1) + " updates: " + Pairs.maxAbsDifference(reference, m.inverse()));
        }
        assertTrue(m.reset(), "a reset returns to γ·I, the rescaling armed");
        double[] s = Pairs.gaussian(n, rnd);
        double[] y = Pairs.times(q.a, s);
        DMatrixRMaj scaled = CommonOps_DDRM.identity(n);
        CommonOps_DDRM.scale(Vectors.dot(s, y) / Vectors.dot(y, y), scaled);
        m.update(StepRecord.of(s, y, null, null, 1, true));
        assertTrue(Pairs.maxAbsDifference(Pairs.bfgs(scaled, s, y), m.inverse())
                <= 1e-12 * Pairs.maxAbs(scaled));
    }
}
