package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;
import org.junit.jupiter.api.Test;

/**
 * The approximate Wolfe conditions of Hager &amp; Zhang: on a function whose decrease along the
 * line is below the rounding error of f, the sufficient-decrease test cannot be met, but the
 * approximate conditions (2δ − 1)φ'(0) ≥ φ'(α) ≥ σφ'(0), φ(α) ≤ φ(0) + εC_k can.
 */
class HagerZhangApproximateWolfeTest {
    private static final double OFFSET = 1e6;
    private static final double CURVATURE = 1e-12;

    /** φ(α) = 10⁶ + 10⁻¹²(α − 1)²: in double precision φ(α) = φ(0) for α near 1. */
    private static ScalarLineFunction flat() {
        return new ScalarLineFunction(a -> OFFSET + CURVATURE * (a - 1) * (a - 1),
                a -> 2 * CURVATURE * (a - 1));
    }

    private static LineSearchStatus searchFlat(LineSearch.State session, ScalarLineFunction phi) {
        return session.search(phi, phi.phi(0), phi.derivative(0), 1.0);
    }

    @Test
    void theWolfeConditionsAloneCannotBeMetBelowRounding() {
        HagerZhang wolfeOnly = HagerZhang.defaults()
                .withApproximateWolfe(HagerZhang.ApproximateWolfe.NEVER, 0.7, 1e-3);
        ScalarLineFunction phi = flat();
        assertEquals(phi.phi(0), phi.phi(1), 0.0, "the test needs φ(1) to round to φ(0)");
        assertNotEquals(LineSearchStatus.SUCCESS, searchFlat(wolfeOnly.start(), phi));
    }

    @Test
    void theApproximateConditionsAcceptAStep() {
        HagerZhang always = HagerZhang.defaults()
                .withApproximateWolfe(HagerZhang.ApproximateWolfe.ALWAYS, 0.7, 1e-3);
        ScalarLineFunction phi = flat();
        LineSearch.State session = always.start();
        assertEquals(LineSearchStatus.SUCCESS, searchFlat(session, phi));
        double alpha = session.step();
        double slope0 = phi.derivative(0);
        double slope = phi.derivative(alpha);
        assertTrue(slope >= 0.9 * slope0 && slope <= (2 * 0.1 - 1) * slope0,
                "approximate Wolfe slope test at α = " + alpha + ": φ' = " + slope);
        assertTrue(phi.phi(alpha) <= phi.phi(0) + 1e-6 * OFFSET);
        assertEquals(1, phi.evaluations(), "α = 1 satisfies the approximate conditions at once");
    }

    @Test
    void switchesToTheApproximateConditionsAfterASmallRelativeChange() {
        LineSearch.State session = HagerZhang.defaults().start(); // SWITCH mode
        // First search: an ordinary quadratic whose decrease (10⁻²) is below ω·C_k = 10⁻³·10⁶.
        ScalarLineFunction ordinary = new ScalarLineFunction(a -> OFFSET + 0.01 * (a - 1) * (a - 1),
                a -> 0.02 * (a - 1));
        assertEquals(LineSearchStatus.SUCCESS,
                session.search(ordinary, ordinary.phi(0), ordinary.derivative(0), 1.0));
        // Second search on the flat function: only the approximate conditions can accept.
        ScalarLineFunction phi = flat();
        assertEquals(LineSearchStatus.SUCCESS, searchFlat(session, phi));
    }

    @Test
    void doesNotSwitchAfterALargeRelativeChange() {
        LineSearch.State session = HagerZhang.defaults().start();
        ScalarLineFunction steep = new ScalarLineFunction(a -> 1 + (a - 1) * (a - 1), a -> 2 * (a - 1));
        assertEquals(LineSearchStatus.SUCCESS,
                session.search(steep, steep.phi(0), steep.derivative(0), 1.0));
        assertNotEquals(LineSearchStatus.SUCCESS, searchFlat(session, flat()));
    }
}
