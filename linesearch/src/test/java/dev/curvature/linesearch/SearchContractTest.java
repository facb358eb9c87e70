package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SPI contract: descent check, evaluation budget, argument checks, reuse of a session. */
class SearchContractTest {

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void reportsNotDescentWithoutEvaluating(WolfeSearches kind) {
        for (double slope0 : new double[] {0, 1, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            ScalarLineFunction phi = new ScalarLineFunction(a -> a * a, a -> 2 * a);
            LineSearchStatus status = kind.defaults().start().search(phi, 0, slope0, 1);
            assertEquals(LineSearchStatus.NOT_DESCENT, status, "slope0 = " + slope0);
            assertEquals(0, phi.evaluations(), "slope0 = " + slope0);
        }
    }

    private static LineSearch withBudget(WolfeSearches kind, int max) {
        return switch (kind) {
            case MORE_THUENTE, MORE_THUENTE_SLOPE_AFTER_DECREASE ->
                    ((MoreThuente) kind.configure(0.1, 0.1)).withMaxEvaluations(max);
            case STRONG_WOLFE -> StrongWolfe.defaults().withWolfe(0.1, 0.1)
                    .withMaxEvaluations(max);
            case HAGER_ZHANG -> HagerZhang.defaults().withWolfe(0.1, 0.1).withMaxEvaluations(max);
        };
    }

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void stopsAtTheEvaluationBudget(WolfeSearches kind) {
        // φ3 of Moré–Thuente from α₀ = 10⁻³ needs more than 3 evaluations in every search
        ScalarLineFunction phi = new ScalarLineFunction(MoreThuenteFunctions.PHI3);
        LineSearchStatus status = withBudget(kind, 3).start()
                .search(phi, phi.phi(0), phi.derivative(0), 1e-3);
        assertEquals(LineSearchStatus.MAX_EVALUATIONS, status);
        assertEquals(3, phi.evaluations());
    }

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void aSessionServesManySearches(WolfeSearches kind) {
        LineSearch.State session = kind.defaults().start();
        for (int k = 1; k <= 5; k++) {
            double scale = k; // φ(α) = k(α − 1/k)², minimizer 1/k
            ScalarLineFunction phi = new ScalarLineFunction(a -> scale * (a - 1 / scale) * (a - 1 / scale),
                    a -> 2 * scale * (a - 1 / scale));
            assertEquals(LineSearchStatus.SUCCESS,
                    session.search(phi, phi.phi(0), phi.derivative(0), 1));
            double alpha = session.step();
            assertTrue(phi.phi(alpha) <= phi.phi(0) + 1e-4 * alpha * phi.derivative(0));
            assertTrue(phi.derivative(alpha) >= 0.9 * phi.derivative(0));
        }
    }

    @ParameterizedTest
    @EnumSource(WolfeSearches.class)
    void rejectsABadInitialStepOrValue(WolfeSearches kind) {
        ScalarLineFunction phi = new ScalarLineFunction(a -> a * a - a, a -> 2 * a - 1);
        LineSearch.State session = kind.defaults().start();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> session.search(phi, 0, -1, 0));
        assertTrue(e.getMessage().contains("initialStep"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> session.search(phi, Double.NaN, -1, 1));
        assertTrue(e.getMessage().contains("phi0"), e.getMessage());
    }

    @Test
    void namesTheOffendingParameter() {
        assertMessage("c1", () -> MoreThuente.defaults().withSufficientDecrease(0));
        assertMessage("c2", () -> MoreThuente.defaults().withCurvature(1));
        assertMessage("intervalTolerance", () -> MoreThuente.defaults().withIntervalTolerance(-1));
        assertMessage("minStep", () -> MoreThuente.defaults().withStepBounds(2, 1));
        assertMessage("maxStep", () -> MoreThuente.defaults().withStepBounds(0, Double.POSITIVE_INFINITY));
        assertMessage("maxEvaluations", () -> MoreThuente.defaults().withMaxEvaluations(0));
        assertMessage("c1", () -> StrongWolfe.defaults().withWolfe(0.5, 0.1));
        assertMessage("c2", () -> StrongWolfe.defaults().withWolfe(0.1, 1.5));
        assertMessage("maxStep", () -> StrongWolfe.defaults().withStepBounds(0, -1));
        assertMessage("c1", () -> HagerZhang.defaults().withWolfe(0.6, 0.9));
        assertMessage("c1 must not exceed c2", () -> HagerZhang.defaults().withWolfe(0.1, 0.05));
        assertMessage("epsilon", () -> HagerZhang.defaults().withEpsilon(Double.NaN));
        assertMessage("theta", () -> HagerZhang.defaults().withTheta(1));
        assertMessage("gamma", () -> HagerZhang.defaults().withGamma(0));
        assertMessage("rho", () -> HagerZhang.defaults().withExpansion(1));
        assertMessage("decay", () -> HagerZhang.defaults()
                .withApproximateWolfe(HagerZhang.ApproximateWolfe.SWITCH, 2, 1e-3));
        assertMessage("mode", () -> HagerZhang.defaults().withApproximateWolfe(null, 0.7, 1e-3));
        assertMessage("scale", () -> FirstIterationStep.inverseMaxNorm().withScale(0));
        assertMessage("maxStep", () -> QuadraticInterpolationStep.defaults().withMaxStep(0));
        assertMessage("maxStep", () -> ScaledPreviousStep.defaults().withMaxStep(Double.NaN));
        assertMessage("first", () -> ScaledPreviousStep.defaults().withFirst(null));
        assertMessage("c1 must not exceed c2", () -> MoreThuente.defaults().withSufficientDecrease(0.95));
        assertMessage("c2", () -> Backtracking.defaults().withCurvature(0.9));
        assertMessage("intervalTolerance", () -> Backtracking.defaults().withIntervalTolerance(0.1));
        assertMessage("minStep", () -> StrongWolfe.defaults().withStepBounds(1e-3, 1));
    }

    @Test
    void everySearchSpeaksTheSameVocabulary() {
        // the same call configures c₁ of every search, whatever the paper called it
        assertEquals(0.01, MoreThuente.defaults().withSufficientDecrease(0.01).c1());
        assertEquals(0.01, StrongWolfe.defaults().withSufficientDecrease(0.01).c1());
        assertEquals(0.01, HagerZhang.defaults().withSufficientDecrease(0.01).c1());
        assertEquals(0.01, Backtracking.defaults().withSufficientDecrease(0.01).c1());
        assertEquals(0.1, HagerZhang.defaults().withCurvature(0.1).c2());
        assertEquals(7, StrongWolfe.defaults().withMaxEvaluations(7).maxEvaluations());
        assertTrue(MoreThuente.defaults().enforcesCurvatureCondition());
        assertTrue(!Backtracking.defaults().enforcesCurvatureCondition());
    }

    @Test
    void configurationIsImmutable() {
        MoreThuente base = MoreThuente.defaults();
        MoreThuente changed = base.withWolfe(0.01, 0.1);
        assertEquals(1e-4, base.c1());
        assertEquals(0.9, base.c2());
        assertEquals(0.01, changed.c1());
        assertEquals(0.1, changed.c2());
        assertEquals(20, base.maxEvaluations());
        assertEquals(50, HagerZhang.defaults().maxEvaluations());
        assertEquals(HagerZhang.ApproximateWolfe.SWITCH, HagerZhang.defaults().approximateWolfe());
    }

    private static void assertMessage(String name, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(name), "message should name " + name + ": " + e.getMessage());
    }
}
