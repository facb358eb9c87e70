package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link MoreThuente#withSlopeOnlyAfterDecrease}: φ' only where sufficient decrease holds
 * (Nocedal &amp; Wright, Algorithms 3.5/3.6), the next trial after a rejected one from the
 * quadratic through φ(α_l), φ'(α_l), φ(α_t) (N&amp;W eq. (3.58)), and the default search unchanged.
 */
class MoreThuenteSlopeOnlyAfterDecreaseTest {
    private static final MoreThuente SLOPE_AFTER_DECREASE =
            MoreThuente.defaults().withSlopeOnlyAfterDecrease(true);

    /**
     * φ(α) = √(1 + (2 − 10α)²): f(x) = √(1 + x²) along the Newton step from x = 2, which is
     * −x(1 + x²) = −10, five times too long for f's minimizer at α = 0.2 (f'' = (1 + x²)^{−3/2}
     * is small away from 0). φ(0) = √5, φ'(0) = −20/√5.
     */
    private static ScalarLineFunction newtonOvershoot() {
        return new ScalarLineFunction(a -> Math.sqrt(1 + (2 - 10 * a) * (2 - 10 * a)),
                a -> -10 * (2 - 10 * a) / Math.sqrt(1 + (2 - 10 * a) * (2 - 10 * a)));
    }

    private static final double PHI0 = Math.sqrt(5);
    private static final double SLOPE0 = -20 / Math.sqrt(5);

    @Test
    void rejectedTrialsOfATooLongNewtonStepCostTheirValueOnly() {
        ScalarLineFunction phi = newtonOvershoot();
        phi.countSlopesFailing((a, v) -> v <= PHI0 + 1e-4 * a * SLOPE0);
        LineSearch.State search = SLOPE_AFTER_DECREASE.start();
        assertEquals(LineSearchStatus.SUCCESS, search.search(phi, PHI0, SLOPE0, 1));
        double alpha = search.step();
        assertTrue(phi.evaluations() >= 2, "the unit step fails sufficient decrease: "
                + phi.evaluations() + " trials");
        assertEquals(0, phi.slopesWithoutDecrease(), "φ' evaluated where ψ > 0");
        assertEquals(1, phi.slopeEvaluations(), "φ' only at the accepted α");
        assertTrue(phi.lastEvaluatedWithSlopeAt(alpha), "the driver reuses the accepted gradient");
        assertStrongWolfe(phi, PHI0, SLOPE0, 1e-4, 0.9, alpha);

        ScalarLineFunction plain = newtonOvershoot();
        LineSearch.State reference = MoreThuente.defaults().start();
        assertEquals(LineSearchStatus.SUCCESS, reference.search(plain, PHI0, SLOPE0, 1));
        assertEquals(2 * plain.evaluations(), plain.valuesPlusSlopes(), "default: φ and φ' at every trial");
        assertTrue(phi.valuesPlusSlopes() < plain.valuesPlusSlopes(), "φ + φ' evaluations: "
                + phi.valuesPlusSlopes() + " with the option, " + plain.valuesPlusSlopes() + " without");
    }

    @Test
    void aQuadraticOvershootIsSolvedByTheQuadraticInterpolant() {
        // φ(α) = −α + 2.5α², minimizer 0.2: α₀ = 1 gives φ = 1.5 > 0, and the quadratic through
        // φ(0), φ'(0), φ(1) is φ itself, so the second trial is its minimizer, where φ' = 0
        ScalarLineFunction phi = new ScalarLineFunction(a -> -a + 2.5 * a * a, a -> -1 + 5 * a);
        LineSearch.State search = SLOPE_AFTER_DECREASE.start();
        assertEquals(LineSearchStatus.SUCCESS, search.search(phi, 0, -1, 1));
        assertEquals(0.2, search.step(), 1e-15);
        assertEquals(2, phi.evaluations());
        assertEquals(1, phi.slopeEvaluations());
        assertEquals(3, phi.valuesPlusSlopes());
    }

    @Test
    void aRejectedTrialShrinksTheStepByAtMostTen() {
        // φ(α) = −α + 50α², minimizer 0.01: the quadratic's 0.01 is below 0.1·α₀, so the
        // trials are 1, 0.1 (φ = 0.4 > 0 again), then the quadratic's 0.01 = 0.1 · 0.1
        ScalarLineFunction phi = new ScalarLineFunction(a -> -a + 50 * a * a, a -> -1 + 100 * a);
        LineSearch.State search = SLOPE_AFTER_DECREASE.start();
        assertEquals(LineSearchStatus.SUCCESS, search.search(phi, 0, -1, 1));
        assertEquals(0.01, search.step(), 1e-15);
        assertEquals(3, phi.evaluations());
        assertEquals(1, phi.slopeEvaluations());
    }

    @Test
    void slopesOnTheMoreThuenteFunctionsOnlyWhereSufficientDecreaseHolds() {
        int withOption = 0;
        int without = 0;
        for (MoreThuenteFunctions function : MoreThuenteFunctions.values()) {
            double phi0 = function.value(0);
            double slope0 = function.derivative(0);
            for (double alpha0 : MoreThuenteFunctions.INITIAL_STEPS) {
                ScalarLineFunction phi = new ScalarLineFunction(function);
                phi.countSlopesFailing((a, v) -> v <= phi0 + function.mu * a * slope0);
                LineSearch.State search = SLOPE_AFTER_DECREASE.withWolfe(function.mu, function.eta)
                        .start();
                String label = function + " from " + alpha0;
                assertEquals(LineSearchStatus.SUCCESS, search.search(phi, phi0, slope0, alpha0), label);
                assertEquals(0, phi.slopesWithoutDecrease(), label + ": φ' evaluated where ψ > 0");
                assertStrongWolfe(phi, phi0, slope0, function.mu, function.eta, search.step());
                withOption += phi.valuesPlusSlopes();
                without += MoreThuenteTestFunctionsTest.run(WolfeSearches.MORE_THUENTE, function,
                        alpha0).valuesPlusSlopes();
            }
        }
        assertTrue(withOption < without, "φ + φ' evaluations over the 24 searches: " + withOption
                + " with the option, " + without + " without");
    }

    /**
     * The default search's steps on the Moré–Thuente functions, bit for bit as main computed
     * them (commit c8443f0) before the option existed, with its numbers of evaluations.
     */
    @Test
    void withTheOptionOffTheStepsAreThoseOfMain() {
        String[][] steps = {
            {"0x1.5d70a3d70a3d7p0", "0x1.70fdc2b50e532p0", "0x1.4p3", "0x1.2719d1ae0f82p5"},
            {"0x1.989374bd37167p0", "0x1.989374bc6fecp0", "0x1.989374bb5f89cp0", "0x1.989374b792d4bp0"},
            {"0x1.fffff54179c96p-1", "0x1.ffffd7d8e56c2p-1", "0x1.ffffff95a3444p-1", "0x1.fffffcb3bc33ep-1"},
            {"0x1.5c28f5c28f5c3p-4", "0x1.999999999999ap-4", "0x1.657bae39942afp-2", "0x1.a8a7479d595f4p-1"},
            {"0x1.333e994126036p-4", "0x1.3d7b9177ea973p-4", "0x1.2b96f51813b3ap-4", "0x1.37f2c93afeb63p-4"},
            {"0x1.db1621c9b618bp-1", "0x1.da3055a93f953p-1", "0x1.d97cfbc6a9b75p-1", "0x1.d94aaeb3fed8dp-1"},
        };
        int[][] evaluations = {{6, 3, 1, 4}, {12, 8, 8, 11}, {12, 12, 10, 13}, {4, 1, 3, 4},
            {6, 3, 7, 8}, {13, 11, 8, 11}};
        MoreThuente off = MoreThuente.defaults().withSlopeOnlyAfterDecrease(true)
                .withSlopeOnlyAfterDecrease(false);
        assertFalse(MoreThuente.defaults().slopeOnlyAfterDecrease(), "off by default");
        for (MoreThuenteFunctions function : MoreThuenteFunctions.values()) {
            for (int i = 0; i < MoreThuenteFunctions.INITIAL_STEPS.length; i++) {
                ScalarLineFunction phi = new ScalarLineFunction(function);
                LineSearch.State search = off.withWolfe(function.mu, function.eta).start();
                search.search(phi, function.value(0), function.derivative(0),
                        MoreThuenteFunctions.INITIAL_STEPS[i]);
                String label = function + " from " + MoreThuenteFunctions.INITIAL_STEPS[i];
                assertEquals(steps[function.ordinal()][i], Double.toHexString(search.step()), label);
                assertEquals(evaluations[function.ordinal()][i], phi.evaluations(), label);
                assertEquals(phi.evaluations(), phi.slopeEvaluations(), label + ": φ' at every trial");
            }
        }
    }

    private static void assertStrongWolfe(ScalarLineFunction phi, double phi0, double slope0,
            double mu, double eta, double alpha) {
        double value = phi.phi(alpha);
        double slope = phi.derivative(alpha);
        assertTrue(value <= phi0 + mu * alpha * slope0, "sufficient decrease fails at α = "
                + alpha + ": φ = " + value);
        assertTrue(Math.abs(slope) <= eta * Math.abs(slope0), "strong curvature fails at α = "
                + alpha + ": φ' = " + slope);
    }
}
