package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Objectives undefined beyond some α: a search that tries such a step must step back and still
 * return a finite, acceptable α; a φ that is never finite ends with NON_FINITE.
 */
class NonFiniteValuesTest {
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;

    /** Checks SUCCESS, finiteness, sufficient decrease and the search's curvature condition. */
    private static void assertAcceptable(WolfeSearches kind, ScalarLineFunction phi, double alpha0) {
        LineSearch.State session = kind.defaults().start();
        double phi0 = phi.phi(0);
        double slope0 = phi.derivative(0);
        LineSearchStatus status = session.search(phi, phi0, slope0, alpha0);
        assertEquals(LineSearchStatus.SUCCESS, status, kind + " from " + alpha0);
        double alpha = session.step();
        double value = phi.phi(alpha);
        double slope = phi.derivative(alpha);
        assertTrue(Double.isFinite(alpha) && alpha > 0, "α = " + alpha);
        assertTrue(Double.isFinite(value) && Double.isFinite(slope),
                "φ(" + alpha + ") = " + value + ", φ' = " + slope);
        assertEquals(value, session.value(), 0.0);
        assertTrue(value <= phi0 + C1 * alpha * slope0, "sufficient decrease at α = " + alpha);
        if (kind.strong) {
            assertTrue(Math.abs(slope) <= C2 * -slope0, "strong curvature at α = " + alpha);
        } else {
            assertTrue(slope >= C2 * slope0, "curvature at α = " + alpha);
        }
        assertTrue(phi.lastEvaluatedWithSlopeAt(alpha));
    }

    /** φ(α) = (α − 1)², not finite beyond 1.5 (value {@code beyond}, slope {@code slopeBeyond}). */
    private static ScalarLineFunction parabolaUndefinedBeyond(double beyond, double slopeBeyond) {
        DoubleUnaryOperator value = a -> a > 1.5 ? beyond : (a - 1) * (a - 1);
        DoubleUnaryOperator slope = a -> a > 1.5 ? slopeBeyond : 2 * (a - 1);
        return new ScalarLineFunction(value, slope);
    }

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void recoversFromNaNBeyondTheDomain(WolfeSearches kind) {
        for (double alpha0 : new double[] {2, 10, 1e3, 1e15}) {
            assertAcceptable(kind, parabolaUndefinedBeyond(Double.NaN, Double.NaN), alpha0);
        }
    }

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void recoversFromInfiniteValues(WolfeSearches kind) {
        for (double alpha0 : new double[] {2, 10, 1e3}) {
            assertAcceptable(kind, parabolaUndefinedBeyond(Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY), alpha0);
        }
    }

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void recoversFromAFiniteValueWithNonFiniteSlope(WolfeSearches kind) {
        for (double alpha0 : new double[] {2, 10, 1e3}) {
            assertAcceptable(kind, parabolaUndefinedBeyond(0.25, Double.NaN), alpha0);
        }
    }

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void recoversNearALogarithmicBarrier(WolfeSearches kind) {
        // φ(α) = −α − log(1.2 − α): minimizer 0.2, +∞ at 1.2, NaN beyond
        ScalarLineFunction phi = new ScalarLineFunction(a -> -a - Math.log(1.2 - a),
                a -> -1 + 1 / (1.2 - a));
        for (double alpha0 : new double[] {1.0, 1.2, 5, 1e3}) {
            assertAcceptable(kind, phi, alpha0);
        }
    }

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void reportsNonFiniteWhenNoStepIsFinite(WolfeSearches kind) {
        ScalarLineFunction phi = new ScalarLineFunction(a -> a == 0 ? 0 : Double.NaN,
                a -> a == 0 ? -1 : Double.NaN);
        LineSearch.State session = kind.defaults().start();
        LineSearchStatus status = session.search(phi, 0, -1, 1);
        assertEquals(LineSearchStatus.NON_FINITE, status);
        assertTrue(phi.evaluations() >= 1 && phi.evaluations() <= 50,
                "evaluations: " + phi.evaluations());
    }
}
