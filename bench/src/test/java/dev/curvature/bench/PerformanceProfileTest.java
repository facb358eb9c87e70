package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The profile against a hand-computed example: 3 solvers × 4 problems with failures (∞), a tie
 * for the best (p2), two problems jumping at the same τ (C on p1 and p3) and a problem nobody
 * solves (p4, which still counts in the denominator).
 *
 * <pre>
 *          A     B     C        ratios  A     B     C
 *   p1    10    15    40                1    1.5    4
 *   p2     ∞     5     5                ∞    1      1
 *   p3     8     ∞    32                1    ∞      4
 *   p4     ∞     ∞     ∞                ∞    ∞      ∞
 *
 *   ρ_A(τ) = 0 (τ &lt; 1), 2/4 (τ ≥ 1)
 *   ρ_B(τ) = 0 (τ &lt; 1), 1/4 (1 ≤ τ &lt; 1.5), 2/4 (τ ≥ 1.5)
 *   ρ_C(τ) = 0 (τ &lt; 1), 1/4 (1 ≤ τ &lt; 4),   3/4 (τ ≥ 4)
 * </pre>
 */
class PerformanceProfileTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    private static PerformanceProfile example() {
        return PerformanceProfile.of(List.of("A", "B", "C"), new double[][] {
                {10, 15, 40},
                {INF, 5, 5},
                {8, INF, 32},
                {INF, INF, INF}});
    }

    @Test
    void ratiosDivideByTheBestCostOfEachProblemAndFailuresAreInfinite() {
        PerformanceProfile p = example();
        assertEquals(4, p.problemCount());
        assertEquals(1.0, p.ratio(0, A));
        assertEquals(1.5, p.ratio(0, B));
        assertEquals(4.0, p.ratio(0, C));
        assertEquals(INF, p.ratio(1, A));
        assertEquals(1.0, p.ratio(1, B), "tie for the best: both get ratio 1");
        assertEquals(1.0, p.ratio(1, C), "tie for the best: both get ratio 1");
        assertEquals(4.0, p.ratio(2, C));
        for (int s = 0; s < 3; s++) {
            assertEquals(INF, p.ratio(3, s), "nobody solved p4");
        }
    }

    @Test
    void rhoMatchesTheHandComputedFractionsAtSeveralTau() {
        PerformanceProfile p = example();
        double[] taus = {0.5, 1, 1.25, 1.5, 2, 3.999, 4, 1000, INF};
        assertArrayEquals(new double[] {0, .5, .5, .5, .5, .5, .5, .5, .5}, p.rho(A, taus), 0);
        assertArrayEquals(new double[] {0, .25, .25, .5, .5, .5, .5, .5, .5}, p.rho(B, taus), 0);
        assertArrayEquals(new double[] {0, .25, .25, .25, .25, .25, .75, .75, .75}, p.rho(C, taus), 0);
        assertEquals(0.25, p.rho(B, 1.4999999));
        assertEquals(0.5, p.solvedFraction(A));
        assertEquals(0.5, p.solvedFraction(B));
        assertEquals(0.75, p.solvedFraction(C));
    }

    @Test
    void theTauGridIsTheDistinctFiniteRatiosAndRhoIsConstantBetweenThem() {
        PerformanceProfile p = example();
        double[] grid = p.breakpoints();
        assertArrayEquals(new double[] {1, 1.5, 4}, grid, 0);
        assertEquals(4, p.maxRatio());
        assertArrayEquals(new double[] {.5, .5, .5}, p.rho(A, grid), 0);
        assertArrayEquals(new double[] {.25, .5, .5}, p.rho(B, grid), 0);
        assertArrayEquals(new double[] {.25, .25, .75}, p.rho(C, grid), 0);
        for (int s = 0; s < 3; s++) {
            for (int i = 0; i + 1 < grid.length; i++) {
                double mid = 0.5 * (grid[i] + grid[i + 1]);
                assertEquals(p.rho(s, grid[i]), p.rho(s, mid), "ρ is constant on [τ_i, τ_{i+1})");
            }
        }
    }

    @Test
    void theStepCurveHasAVerticalSegmentAtEachJumpAndEndsAtTauEnd() {
        PerformanceProfile p = example();
        PerformanceProfile.StepCurve c = p.curve(C, 8);
        assertArrayEquals(new double[] {1, 4, 4, 8}, c.tau(), 0);
        assertArrayEquals(new double[] {.25, .25, .75, .75}, c.rho(), 0);
        PerformanceProfile.StepCurve b = p.curve(B, 8);
        assertArrayEquals(new double[] {1, 1.5, 1.5, 8}, b.tau(), 0);
        assertArrayEquals(new double[] {.25, .25, .5, .5}, b.rho(), 0);
        PerformanceProfile.StepCurve a = p.curve(A, 8);
        assertArrayEquals(new double[] {1, 8}, a.tau(), 0);
        assertArrayEquals(new double[] {.5, .5}, a.rho(), 0);
        PerformanceProfile.StepCurve cut = p.curve(C, 2);
        assertArrayEquals(new double[] {1, 2}, cut.tau(), 0, "jumps beyond tauEnd are not drawn");
        assertArrayEquals(new double[] {.25, .25}, cut.rho(), 0);
    }

    @Test
    void whenNothingIsSolvedEveryCurveIsZero() {
        PerformanceProfile p = PerformanceProfile.of(List.of("x", "y"), new double[][] {{INF, INF}});
        assertEquals(0, p.breakpoints().length);
        assertEquals(1, p.maxRatio());
        assertEquals(0, p.rho(0, INF));
        assertArrayEquals(new double[] {0, 0}, p.curve(1, 2).rho(), 0);
    }

    @Test
    void badCostsAreRejectedWithTheirPosition() {
        List<String> two = List.of("x", "y");
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> PerformanceProfile.of(two, new double[][] {{1, 2}, {Double.NaN, 1}}));
        assertTrue(nan.getMessage().startsWith("costs[1][0]"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PerformanceProfile.of(two, new double[][] {{0, 1}}));
        assertThrows(IllegalArgumentException.class, () -> PerformanceProfile.of(two, new double[][] {{-1, 1}}));
        assertThrows(IllegalArgumentException.class, () -> PerformanceProfile.of(two, new double[][] {{1, 2, 3}}));
        assertThrows(IllegalArgumentException.class, () -> PerformanceProfile.of(two, new double[0][]));
        assertThrows(IllegalArgumentException.class, () -> PerformanceProfile.of(List.of(), new double[][] {{}}));
        assertThrows(IllegalArgumentException.class, () -> example().curve(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> example().rho(0, Double.NaN));
    }
}
