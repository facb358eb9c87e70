package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link MoreThuente#withSlopeOnlyAfterDecrease}: inside a bracket, φ' only where sufficient
 * decrease holds (Nocedal &amp; Wright, Algorithms 3.5/3.6), the next trial after a rejected one
 * from the quadratic through φ(α_l), φ'(α_l), φ(α_t) (N&amp;W eq. (3.58)) but at least a tenth of
 * the way from α_l (Dennis &amp; Schnabel A6.3.1), and the default search unchanged.
 */
class MoreThuenteSlopeOnlyAfterDecreaseTest {
    private static final MoreThuente SLOPE_AFTER_DECREASE =
            MoreThuente.defaults().withSlopeOnlyAfterDecrease(true);

    /**
     * φ(α) = √(1 + (30 − 27030α)²): f(x) = √(1 + x²) along the Newton step from x = 30, which is
     * −x(1 + x²) = −27030, 900 times too long for f's minimizer (f'' = (1 + x²)^{−3/2} is tiny
     * far from 0, as where H + τI is nearly singular).
     */
    private static ScalarLineFunction newtonOvershoot() {
        return new ScalarLineFunction(a -> Math.sqrt(1 + (30 - 27030 * a) * (30 - 27030 * a)),
                a -> -27030 * (30 - 27030 * a) / Math.sqrt(1 + (30 - 27030 * a) * (30 - 27030 * a)));
    }

    @Test
    void backtrackingInsideTheBracketCostsValuesOnly() {
        ScalarLineFunction phi = newtonOvershoot();
        double phi0 = phi.phi(0);
        double slope0 = phi.derivative(0);
        phi.countSlopesFailing((a, v) -> v <= phi0 + 1e-4 * a * slope0);
        LineSearch.State search = SLOPE_AFTER_DECREASE.start();
        assertEquals(LineSearchStatus.SUCCESS, search.search(phi, phi0, slope0, 1));
        double alpha = search.step();
        assertTrue(phi.evaluations() >= 4, "several trials are rejected: " + phi.evaluations());
        assertEquals(1, phi.slopesWithoutDecrease(),
                "φ' where ψ > 0 only at the first trial, which brackets the minimizer");
        assertEquals(2, phi.slopeEvaluations(), "φ' at the first and at the accepted trial");
        assertTrue(phi.lastEvaluatedWithSlopeAt(alpha), "the driver reuses the accepted gradient");
        assertStrongWolfe(phi, phi0, slope0, 1e-4, 0.9, alpha);

        ScalarLineFunction plain = newtonOvershoot();
        LineSearch.State reference = MoreThuente.defaults().start();
        assertEquals(LineSearchStatus.SUCCESS, reference.search(plain, phi0, slope0, 1));
        assertEquals(2 * plain.evaluations(), plain.valuesPlusSlopes(), "default: φ and φ' at every trial");
        assertTrue(phi.valuesPlusSlopes() < plain.valuesPlusSlopes(), "φ + φ' evaluations: "
                + phi.valuesPlusSlopes() + " with the option, " + plain.valuesPlusSlopes() + " without");
    }

    @Test
    void aRejectedTrialInsideTheBracketShrinksTheStepByAtMostTen() {
        // φ(α) = −α + 10⁶α⁶, minimizer (1/(6·10⁶))^{1/5} ≈ 0.044: α₀ = 1 brackets it, the cubic
        // step 0.25 still fails (φ = 244), and the quadratic through φ(0), φ'(0), φ(0.25) would
        // put the next trial near 1.3·10⁻⁴; the safeguard keeps it at 0.1 · 0.25
        ScalarLineFunction phi = new ScalarLineFunction(a -> -a + 1e6 * Math.pow(a, 6),
                a -> -1 + 6e6 * Math.pow(a, 5));
        LineSearch.State search = SLOPE_AFTER_DECREASE.start();
        assertEquals(LineSearchStatus.SUCCESS, search.search(phi, 0, -1, 1));
        double[] steps = phi.valueSteps();
        assertTrue(steps.length >= 2 && phi.phi(steps[0]) > 0, "a value-only trial is rejected");
        assertEquals(0.1 * steps[0], steps[1], 1e-15 * steps[0]);
        assertStrongWolfe(phi, 0, -1, 1e-4, 0.9, search.step());
    }

    @Test
    void theMoreThuenteFunctionsCostFewerEvaluations() {
        int withOption = 0;
        int without = 0;
        for (MoreThuenteFunctions function : MoreThuenteFunctions.values()) {
            double phi0 = function.value(0);
            double slope0 = function.derivative(0);
            for (double alpha0 : MoreThuenteFunctions.INITIAL_STEPS) {
                ScalarLineFunction phi = new ScalarLineFunction(function);
                LineSearch.State search = SLOPE_AFTER_DECREASE.withWolfe(function.mu, function.eta)
                        .start();
                String label = function + " from " + alpha0;
                assertEquals(LineSearchStatus.SUCCESS, search.search(phi, phi0, slope0, alpha0), label);
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
