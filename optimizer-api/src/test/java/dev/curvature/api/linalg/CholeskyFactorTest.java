package dev.curvature.api.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The one Cholesky: its scale-invariant numerical-rank test, and the factorization without it. */
class CholeskyFactorTest {
    /**
     * [[1, 1 − 2⁻⁵³], [1 − 2⁻⁵³, 1]]: unit diagonal, positive pivots, last pivot² = 2⁻⁵² &lt; 2ε,
     * so singular to working precision whatever the scaling.
     */
    private static final double NEAR_ONE = 1 - 0x1p-53;
    private static final DMatrixRMaj ILL =
            DMatrixRMaj.wrap(2, 2, new double[] {1, NEAR_ONE, NEAR_ONE, 1});

    @Test
    void aNearlySingularPositiveDefiniteMatrixFailsOnlyTheRankTest() {
        CholeskyFactor c = new CholeskyFactor(2);
        assertFalse(c.factor(ILL));
        assertFalse(c.passesRankTest());
        assertThrows(IllegalStateException.class, () -> c.solve(new double[2], new double[2]));
        assertTrue(c.factorPositivePivots(ILL, 0));
        assertFalse(c.passesRankTest());
    }

    @Test
    void aShiftThatRestoresTheRankPassesBoth() {
        CholeskyFactor c = new CholeskyFactor(2);
        assertTrue(c.factor(ILL, 1e-3));
        assertTrue(c.passesRankTest());
        assertTrue(c.factorPositivePivots(ILL, 1e-3));
        assertTrue(c.passesRankTest());
    }

    /**
     * A = D·M·D with M = [[2, 1], [1, 2]] (κ = 3) and D = diag(10⁶, 10⁻⁶): κ₂(A) ≈ 10²⁴, far
     * beyond 1/ε, yet Cholesky solves A x = b to full relative accuracy in each component (van
     * der Sluis 1969; Higham §10.1), so the test must accept it. The old test on
     * (min Lᵢᵢ/max Lᵢᵢ)² (≈ 10⁻²⁴ here) refused it.
     */
    @Test
    void theRankTestIgnoresTheScalingOfTheVariables() {
        DMatrixRMaj badlyScaled = DMatrixRMaj.wrap(2, 2, new double[] {2e12, 1, 1, 2e-12});
        CholeskyFactor c = new CholeskyFactor(2);
        assertTrue(c.factor(badlyScaled));
        double[] x = new double[2];
        c.solve(new double[] {3e6, 3e-6}, x); // b = A·(10⁻⁶, 10⁶)
        assertEquals(1e-6, x[0], 1e-6 * 1e-13);
        assertEquals(1e6, x[1], 1e6 * 1e-13);
        DMatrixRMaj singularAfterScaling = DMatrixRMaj.wrap(2, 2,
                new double[] {1e12, NEAR_ONE, NEAR_ONE, 1e-12});
        assertTrue(c.factorPositivePivots(singularAfterScaling, 0));
        assertFalse(c.passesRankTest());
    }

    @Test
    void anIndefiniteMatrixFailsEvenWithoutTheRankTest() {
        CholeskyFactor c = new CholeskyFactor(2);
        assertFalse(c.factorPositivePivots(DMatrixRMaj.wrap(2, 2, new double[] {1, 0, 0, -1}), 0));
        assertFalse(c.passesRankTest());
    }
}
