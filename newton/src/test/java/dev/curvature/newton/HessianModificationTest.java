package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.Vectors;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;

class HessianModificationTest {
    private static final DMatrixRMaj SPD = new DMatrixRMaj(2, 2, true, 4, 1, 1, 3);
    private static final DMatrixRMaj INDEFINITE = new DMatrixRMaj(2, 2, true, -2, 0, 0, 4);
    private static final double[] G = {1, 1};

    /** The exact Newton step −H⁻¹g for the SPD matrix: H⁻¹ = [[3, −1], [−1, 4]]/11. */
    private static final double[] NEWTON_STEP = {-2.0 / 11, -3.0 / 11};

    @Test
    void everyModificationLeavesAPositiveDefiniteHessianAlone() {
        for (HessianModification m : new HessianModification[] {Unmodified.INSTANCE,
                AddedIdentity.defaults(), EigenvalueModification.defaults()}) {
            double[] p = new double[2];
            assertEquals(DirectionStatus.OK, m.start(2).solve(SPD, G, p));
            assertArrayEquals(NEWTON_STEP, p, 1e-12, m.toString());
        }
    }

    @Test
    void theEigenvalueModificationFlipsNegativeCurvature() {
        double[] p = new double[2];
        assertEquals(DirectionStatus.OK, EigenvalueModification.defaults().start(2).solve(INDEFINITE, G, p));
        assertArrayEquals(new double[] {-0.5, -0.25}, p, 1e-12); // −|Λ|⁻¹g
    }

    @Test
    void pureNewtonFollowsTheIndefiniteHessian() {
        double[] p = new double[2];
        assertEquals(DirectionStatus.OK, Unmodified.INSTANCE.start(2).solve(INDEFINITE, G, p));
        assertArrayEquals(new double[] {0.5, -0.25}, p, 1e-12); // −H⁻¹g: uphill in x
    }

    /**
     * H = diag(−2, 4): N&amp;W Algorithm 3.3's first shift −min hᵢᵢ + β = 2 + β succeeds and leaves
     * H + τI = diag(β, 6 + β), a step of 1/β along e₁. The start τ₀ = −2·min hᵢᵢ + β gives
     * diag(2 + β, 8 + β): e₁ gets the curvature |h₁₁| = 2, as the eigenvalue modification does.
     */
    @Test
    void addedIdentityGivesTheMostNegativeDiagonalDirectionItsAbsoluteCurvature() {
        double beta = 1e-8 * Math.sqrt(4 + 16);
        double[] p = new double[2];
        assertEquals(DirectionStatus.OK, AddedIdentity.defaults().start(2).solve(INDEFINITE, G, p));
        assertArrayEquals(new double[] {-1 / (2 + beta), -1 / (8 + beta)}, p, 1e-12);
    }

    @Test
    void addedIdentityGivesDescentOnRandomIndefiniteMatrices() {
        Random random = new Random(11);
        int n = 8;
        HessianModification.State solver = AddedIdentity.defaults().start(n);
        for (int trial = 0; trial < 50; trial++) {
            DMatrixRMaj h = RandomMatrices_DDRM.symmetric(n, -10, 10, random);
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = random.nextGaussian();
            }
            double[] p = new double[n];
            assertEquals(DirectionStatus.OK, solver.solve(h, g, p));
            assertTrue(Vectors.dot(g, p) < 0, "not a descent direction");
        }
    }

    @Test
    void levenbergDampingRelaxesTowardsNewtonAfterFullSteps() {
        HessianModification.State solver = LevenbergDamping.defaults().start(2);
        double[] p = new double[2];
        solver.solve(SPD, G, p);
        double[] damped = p.clone();
        assertTrue(Vectors.norm2(damped) < Vectors.norm2(NEWTON_STEP), "damping shortens the step");
        for (int k = 0; k < 20; k++) {
            solver.stepTaken(1.0);
        }
        solver.solve(SPD, G, p);
        assertArrayEquals(NEWTON_STEP, p, 1e-12);
        for (int k = 0; k < 15; k++) {
            solver.stepTaken(0.5); // ν: from its floor 10⁻¹⁶ up to 10⁻¹
        }
        solver.solve(SPD, G, p);
        double mu = 0.1 * Math.sqrt(4 * 4 + 1 + 1 + 3 * 3);
        DMatrixRMaj shifted = SPD.copy();
        shifted.add(0, 0, mu);
        shifted.add(1, 1, mu);
        DMatrixRMaj inverse = new DMatrixRMaj(2, 2);
        CommonOps_DDRM.invert(shifted, inverse);
        double[] expected = new double[2];
        Vectors.multiply(inverse, G, expected);
        Vectors.scale(-1, expected);
        assertArrayEquals(expected, p, 1e-12, "three failures give μ = 0.1·‖H‖_F");
        // and it stays a descent direction on an indefinite matrix
        solver.solve(INDEFINITE, G, p);
        assertTrue(Vectors.dot(G, p) < 0);
    }

    @Test
    void theSymmetricTestMatrixIsWhatItClaims() {
        DMatrixRMaj inverse = new DMatrixRMaj(2, 2);
        CommonOps_DDRM.invert(SPD, inverse);
        double[] p = new double[2];
        Vectors.multiply(inverse, G, p);
        Vectors.scale(-1, p);
        assertArrayEquals(NEWTON_STEP, p, 1e-15);
    }
}
