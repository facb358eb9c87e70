package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DampedNewtonTest {
    private static final Optimizer DAMPED = Optimizers.named("damped-newton");

    @Test
    void solvesRosenbrockFromTheStandardStartInAtMostThirtyIterations() {
        OptimizationResult r = DAMPED.minimize(TestProblems.byName("rosenbrock").objective(),
                new double[] {-1.2, 1});
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(), r.message());
        assertTrue(r.gradientNorm() <= 1e-8, r.toString());
        assertTrue(r.iterations() <= 30, r.toString());
        assertEquals(1.0, r.point()[0], 1e-8);
        assertEquals(1.0, r.point()[1], 1e-8);
        assertEquals(0.0, r.value(), 1e-16);
    }

    static Stream<TestProblem> foundationProblems() {
        return Stream.of("rosenbrock", "freudenstein-roth", "beale", "powell-singular", "wood",
                "extended-rosenbrock").map(TestProblems::byName);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foundationProblems")
    void reachesGradientToleranceOnEveryFoundationProblem(TestProblem problem) {
        OptimizationResult r = DAMPED.minimize(problem.objective(), problem.start());
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(), r.message());
        assertTrue(r.gradientNorm() <= 1e-8, r.toString());
        assertTrue(r.iterations() <= 100, r.toString());
        // At a minimizer the value is the known minimum, except Freudenstein–Roth's local one.
        double fStar = problem.knownMinimum().orElseThrow();
        double localFreudensteinRoth = 48.98425367924;
        double expected = problem.name().equals("freudenstein-roth")
                && Math.abs(r.value() - localFreudensteinRoth) < 1e-6 ? localFreudensteinRoth : fStar;
        assertEquals(expected, r.value(), 1e-8 * Math.max(1, expected), r.toString());
    }

    @Test
    void turnsAnIndefiniteHessianIntoADescentStep() {
        // At (0, 0.5) the Rosenbrock Hessian [[−198, 0], [0, 200]] is indefinite.
        OptimizationResult r = DAMPED.withCriteria(ConvergenceCriteria.defaults().withMaxIterations(1))
                .minimize(TestProblems.byName("rosenbrock").objective(), new double[] {0, 0.5});
        double f0 = TestProblems.byName("rosenbrock").objective().value(new double[] {0, 0.5});
        assertEquals(1, r.iterations());
        assertTrue(r.value() < f0, r.toString());
    }
}
