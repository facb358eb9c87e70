package dev.curvature.api.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The one Cholesky: its numerical-rank test, and the factorization without it. */
class CholeskyFactorTest {
    /** diag(1, 10⁻¹⁷): positive pivots, (min Lᵢᵢ/max Lᵢᵢ)² = 10⁻¹⁷ &lt; 2ε. */
    private static final DMatrixRMaj ILL = DMatrixRMaj.wrap(2, 2, new double[] {1, 0, 0, 1e-17});

    @Test
    void anIllConditionedPositiveDefiniteMatrixFailsOnlyTheRankTest() {
        CholeskyFactor c = new CholeskyFactor(2);
        assertFalse(c.factor(ILL));
        assertFalse(c.passesRankTest());
        assertThrows(IllegalStateException.class, () -> c.solve(new double[2], new double[2]));
        assertTrue(c.factorPositivePivots(ILL, 0));
        assertFalse(c.passesRankTest());
        double[] x = new double[2];
        c.solve(new double[] {1, 1e-17}, x);
        assertArrayEquals(new double[] {1, 1}, x, 1e-12);
    }

    @Test
    void aShiftThatRestoresTheRankPassesBoth() {
        CholeskyFactor c = new CholeskyFactor(2);
        assertTrue(c.factor(ILL, 1e-3));
        assertTrue(c.passesRankTest());
        assertTrue(c.factorPositivePivots(ILL, 1e-3));
        assertTrue(c.passesRankTest());
    }

    @Test
    void anIndefiniteMatrixFailsEvenWithoutTheRankTest() {
        CholeskyFactor c = new CholeskyFactor(2);
        assertFalse(c.factorPositivePivots(DMatrixRMaj.wrap(2, 2, new double[] {1, 0, 0, -1}), 0));
        assertFalse(c.passesRankTest());
    }
}
