package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.CurvatureProvider;
import dev.curvature.api.InitialStep;
import dev.curvature.api.IterativeOptimizer;
import dev.curvature.api.LineSearchGlobalization;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import dev.curvature.trustregion.Dogleg;
import dev.curvature.trustregion.MoreSorensen;
import dev.curvature.trustregion.SteihaugCg;
import dev.curvature.trustregion.TrustRegion;
import dev.curvature.trustregion.TrustRegionSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered quasi-Newton method on every problem of {@link TestProblems#mgh()}, from the
 * literature's start point, to ‖∇f‖∞ ≤ 10⁻⁶.
 */
class MghProblemsTest {
    private static final double GRADIENT_TOLERANCE = 1e-6;
    private static final ConvergenceCriteria CRITERIA =
            ConvergenceCriteria.defaults().withGradientTolerance(GRADIENT_TOLERANCE);
    private static final List<String> METHODS = List.of("bfgs", "lbfgs", "sr1", "dfp");

    /**
     * Failures known today, kept visible: each is asserted to still fail, so that the entry must
     * be removed when it starts passing (e.g. once {@code dfp} gets a Wolfe search).
     *
     * <p>DFP with Armijo backtracking (the line search until the strong-Wolfe searches are
     * merged) stalls at 1000 iterations on these three: DFP corrects too-small curvature
     * estimates only slowly (N&amp;W §6.1) and backtracking from α = 1 never lengthens a step.
     * With a nearly exact search it solves them ({@link #dfpSolvesEveryProblemWithANearlyExactLineSearch}).
     */
    private static final Map<String, Set<String>> KNOWN_FAILURES = Map.of(
            "dfp", Set.of("freudenstein-roth", "wood", "extended-rosenbrock"));

    static Stream<Arguments> methodsAndProblems() {
        List<Arguments> list = new ArrayList<>();
        for (String method : METHODS) {
            for (TestProblem problem : TestProblems.mgh()) {
                list.add(Arguments.of(method, problem));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("methodsAndProblems")
    void registeredMethodReachesTheGradientTolerance(String method, TestProblem problem) {
        Optimizer optimizer = Optimizers.named(method).withCriteria(CRITERIA);
        double[] x0 = problem.start();
        OptimizationResult r = optimizer.minimize(problem.objective(), x0);
        assertArrayEquals(problem.start(), x0, 0.0, "x0 was mutated");
        assertTrue(r.value() <= problem.objective().value(problem.start()), r.toString());
        assertEquals(problem.objective().value(r.point()), r.value(), 0.0);
        if (KNOWN_FAILURES.getOrDefault(method, Set.of()).contains(problem.name())) {
            assertFalse(r.gradientNorm() <= GRADIENT_TOLERANCE, method + " now solves "
                    + problem.name() + ": remove it from KNOWN_FAILURES. " + r);
            return;
        }
        assertTrue(r.gradientNorm() <= GRADIENT_TOLERANCE, method + " on " + problem.name()
                + ": " + r);
        assertTrue(r.converged(), r.toString());
    }

    static Stream<Arguments> trustRegionVariants() {
        Object[][] variants = {
            {Lbfgs.defaults(), SteihaugCg.defaults()},
            {Lbfgs.defaults(), Dogleg.defaults()},
            {Bfgs.defaults(), Dogleg.defaults()},
            {Bfgs.defaults(), MoreSorensen.defaults()},
            {Sr1.defaults(), MoreSorensen.defaults()},
            {Dfp.defaults(), SteihaugCg.defaults()},
        };
        List<Arguments> list = new ArrayList<>();
        for (Object[] v : variants) {
            for (TestProblem problem : TestProblems.mgh()) {
                list.add(Arguments.of(v[0], v[1], problem));
            }
        }
        return list.stream();
    }

    /** The secant models in the trust-region driver with each subproblem solver. */
    @ParameterizedTest(name = "{0} + {1} on {2}")
    @MethodSource("trustRegionVariants")
    void secantModelsWorkInsideTheTrustRegion(CurvatureProvider curvature, TrustRegionSolver solver,
            TestProblem problem) {
        OptimizationResult r = new IterativeOptimizer("variant", curvature,
                TrustRegion.with(solver).withRejectedStepUpdates(curvature instanceof Sr1), CRITERIA)
                .minimize(problem.objective(), problem.start());
        assertTrue(r.gradientNorm() <= GRADIENT_TOLERANCE, r.toString());
    }

    @Test
    void dfpSolvesEveryProblemWithANearlyExactLineSearch() {
        IterativeOptimizer dfp = new IterativeOptimizer("dfp-exact", Dfp.defaults(),
                new LineSearchGlobalization(new BisectionWolfe(0.01), InitialStep.UNIT), CRITERIA);
        for (TestProblem problem : TestProblems.mgh()) {
            OptimizationResult r = dfp.minimize(problem.objective(), problem.start());
            assertTrue(r.gradientNorm() <= GRADIENT_TOLERANCE, problem.name() + ": " + r);
        }
    }

    @Test
    void theFourMethodsAreRegisteredWithTheirConfiguration() {
        assertTrue(Optimizers.names().containsAll(METHODS), Optimizers.names().toString());
        IterativeOptimizer bfgs = assertInstanceOf(IterativeOptimizer.class, Optimizers.named("bfgs"));
        assertInstanceOf(Bfgs.class, bfgs.curvature());
        assertInstanceOf(LineSearchGlobalization.class, bfgs.globalization());
        IterativeOptimizer lbfgs = (IterativeOptimizer) Optimizers.named("lbfgs");
        assertEquals(10, assertInstanceOf(Lbfgs.class, lbfgs.curvature()).memory());
        assertInstanceOf(Dfp.class, ((IterativeOptimizer) Optimizers.named("dfp")).curvature());
        IterativeOptimizer sr1 = (IterativeOptimizer) Optimizers.named("sr1");
        assertInstanceOf(Sr1.class, sr1.curvature());
        TrustRegion region = assertInstanceOf(TrustRegion.class, sr1.globalization());
        assertInstanceOf(SteihaugCg.class, region.solver());
        assertEquals("sr1", sr1.name());
    }
}
