package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link MoreThuente#withDecreaseFallback} and {@link MoreThuente#withRoundingStop}, the options
 * that give the search L-BFGS-B's behaviour at its limits.
 */
class MoreThuenteLbfgsBOptionsTest {
    private static final MoreThuente THREE_TRIALS = MoreThuente.defaults().withMaxEvaluations(3);

    @Test
    void evaluationLimitFailsWithoutTheFallback() {
        // φ(α) = −α: every trial decreases φ sufficiently, none meets |φ'| ≤ 0.9|φ'(0)|
        ScalarLineFunction phi = new ScalarLineFunction(a -> -a, a -> -1);
        LineSearch.State search = THREE_TRIALS.start();
        assertEquals(LineSearchStatus.MAX_EVALUATIONS, search.search(phi, 0, -1, 1));
        assertEquals(3, phi.evaluations());
    }

    @Test
    void fallbackTakesTheLowestSufficientDecreaseTrial() {
        ScalarLineFunction phi = new ScalarLineFunction(a -> -a, a -> -1);
        LineSearch.State search = THREE_TRIALS.withDecreaseFallback(true).start();
        assertEquals(LineSearchStatus.SUCCESS, search.search(phi, 0, -1, 1));
        assertEquals(3, phi.evaluations());
        double alpha = search.step();
        assertTrue(alpha > 1, "extrapolated beyond the first trial: " + alpha);
        assertEquals(-alpha, search.value(), 0.0);
        assertTrue(search.value() <= 0 + 1e-4 * alpha * -1, "sufficient decrease holds");
    }

    @Test
    void fallbackStillFailsWhenNoTrialDecreasedEnough() {
        // φ(α) = −α + 100α², minimum at 0.005: the single trial α = 1 raises φ to 99
        ScalarLineFunction phi = new ScalarLineFunction(a -> -a + 100 * a * a, a -> -1 + 200 * a);
        LineSearch.State search = MoreThuente.defaults().withMaxEvaluations(1)
                .withDecreaseFallback(true).start();
        assertEquals(LineSearchStatus.MAX_EVALUATIONS, search.search(phi, 0, -1, 1));
    }

    @Test
    void roundingStopEvaluatesOnlyTheFirstTrialWhenTheDecreaseIsBelowRounding() {
        // |φ'(0)|·α is at most 1e-20, far below 10ε|φ(0)| ≈ 2.2e-15: after the first trial
        // (always evaluated: its step comes from the initial-step rule) nothing more is tried
        ScalarLineFunction phi = new ScalarLineFunction(a -> 1 - 1e-20 * a + a * a, a -> -1e-20 + 2 * a);
        LineSearch.State stopping = MoreThuente.defaults().withRoundingStop(true).start();
        assertEquals(LineSearchStatus.INTERVAL_TOO_SMALL, stopping.search(phi, 1, -1e-20, 1));
        assertEquals(1, phi.evaluations());

        ScalarLineFunction again = new ScalarLineFunction(a -> 1 - 1e-20 * a + a * a, a -> -1e-20 + 2 * a);
        LineSearch.State plain = MoreThuente.defaults().start();
        plain.search(again, 1, -1e-20, 1);
        assertTrue(again.evaluations() > phi.evaluations(), "without the stop the search spends more evaluations: "
                + again.evaluations());
    }

    @Test
    void roundingStopNeverRefusesTheFirstTrial() {
        // f ≈ 1e32: 10ε|φ(0)| ≈ 2e17 dwarfs any first-order decrease of a unit-scale first step,
        // yet the first trial is evaluated, succeeds, and the search ends there.
        ScalarLineFunction phi = new ScalarLineFunction(a -> 1e32 + (a - 1) * (a - 1), a -> 2 * (a - 1));
        LineSearch.State stopping = MoreThuente.defaults().withRoundingStop(true).start();
        LineSearchStatus status = stopping.search(phi, 1e32 + 1, -2, 1);
        assertEquals(1, phi.evaluations());
        assertEquals(LineSearchStatus.SUCCESS, status);
    }

    @Test
    void bothOptionsLeaveAnOrdinarySearchUnchanged() {
        // φ(α) = (α − 2)², φ'(0) = −4: the Wolfe point is found the same way with or without them
        ScalarLineFunction a = new ScalarLineFunction(t -> (t - 2) * (t - 2), t -> 2 * (t - 2));
        ScalarLineFunction b = new ScalarLineFunction(t -> (t - 2) * (t - 2), t -> 2 * (t - 2));
        LineSearch.State plain = MoreThuente.defaults().start();
        LineSearch.State options = MoreThuente.defaults().withDecreaseFallback(true)
                .withRoundingStop(true).start();
        assertEquals(LineSearchStatus.SUCCESS, plain.search(a, 4, -4, 0.25));
        assertEquals(LineSearchStatus.SUCCESS, options.search(b, 4, -4, 0.25));
        assertEquals(plain.step(), options.step(), 0.0);
        assertEquals(a.evaluations(), b.evaluations());
        assertFalse(MoreThuente.defaults().decreaseFallback() || MoreThuente.defaults().roundingStop(),
                "both options are off by default");
    }
}
