package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.linesearch.MoreThuente;
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
     * Failures known today, kept visible: each is asserted to still fail, so that an entry must
     * be removed when it starts passing (e.g. once the strong-Wolfe searches are switched in).
     * <ul>
     *   <li>meyer, brown-dennis: the runs reach f* (87.9458…, 85822.2…) and stop with
     *       VALUE_TOLERANCE, f no longer changing in floating point, at ‖g‖∞ between 10⁻⁵ and
     *       10² — both problems' gradients are large at the rounding level of f (SciPy's BFGS
     *       also misses 10⁻⁶ on both);
     *   <li>bfgs and lbfgs on brown-dennis and jennrich-sampson: the same precision
     *       stop, at f* (85822.2…, 124.362…) with ‖g‖∞ ≈ 10⁻⁴–10⁻⁵: their Moré–Thuente search
     *       (L-BFGS-B's settings) ends where the decrease a step promises is below f's rounding
     *       level ({@link dev.curvature.linesearch.MoreThuente#withRoundingStop}); the earlier
     *       default, Hager–Zhang's approximate Wolfe conditions, kept lowering ‖g‖ there on the
     *       slope alone (see {@link QuasiNewtonDefaults#lineSearch()} for why it is no longer the
     *       default);
     *   <li>sr1 on powell-badly-scaled: 1000 iterations, ‖g‖∞ ≈ 0.2 (the Steihaug trust region
     *       creeps along the curved valley);
     *   <li>dfp with Armijo backtracking (until the strong-Wolfe searches are switched in): DFP
     *       corrects too-small curvature estimates only slowly (N&amp;W §6.1) and needs nearly
     *       exact searches; see {@link QuasiNewtonDefaults#dfpLineSearch()} and
     *       {@link #dfpSolvesWithANearlyExactLineSearch}.
     * </ul>
     */
    private static final Map<String, Set<String>> KNOWN_FAILURES = Map.of(
            "bfgs", Set.of("meyer", "brown-dennis", "jennrich-sampson"),
            "lbfgs", Set.of("meyer", "brown-dennis", "jennrich-sampson"),
            "sr1", Set.of("powell-badly-scaled", "meyer"),
            "dfp", Set.of("meyer"));

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

    /** Secant models inside the trust region, with the failures known today (as above). */
    private static final List<Variant> VARIANTS = List.of(
            // brown-badly-scaled solved since the 100·n CG cap, powell-badly-scaled since the
            // scale-invariant rank test of the compact form's Cholesky
            new Variant(Lbfgs.defaults(), SteihaugCg.defaults(), Set.of("meyer", "brown-dennis")),
            // Jennrich–Sampson ends at f's rounding floor (|Δf| = 0) with ‖g‖∞ = 1.8·10⁻⁶: the
            // two-loop recursion used to reach 5.9·10⁻⁷ there, but fails too with γ moved by one
            // ulp; the compact form's direction (CompactInverse) differs from it in the last bits
            // (brown-badly-scaled solved since the scale-invariant rank test)
            new Variant(Lbfgs.defaults(), Dogleg.defaults(), Set.of("meyer", "brown-dennis",
                    "jennrich-sampson")),
            new Variant(Bfgs.defaults(), Dogleg.defaults(), Set.of("jennrich-sampson", "meyer",
                    "brown-dennis")),
            new Variant(Bfgs.defaults(), MoreSorensen.defaults(), Set.of("meyer", "brown-dennis")),
            new Variant(Sr1.defaults(), MoreSorensen.defaults(), Set.of("meyer")));

    record Variant(CurvatureProvider curvature, TrustRegionSolver solver, Set<String> knownFailures) {
        @Override
        public String toString() {
            return curvature.getClass().getSimpleName() + " + " + solver.getClass().getSimpleName();
        }
    }

    static Stream<Arguments> trustRegionVariants() {
        List<Arguments> list = new ArrayList<>();
        for (Variant v : VARIANTS) {
            for (TestProblem problem : TestProblems.mgh()) {
                list.add(Arguments.of(v, problem));
            }
        }
        return list.stream();
    }

    /** The secant models in the trust-region driver with each subproblem solver. */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("trustRegionVariants")
    void secantModelsWorkInsideTheTrustRegion(Variant variant, TestProblem problem) {
        OptimizationResult r = new IterativeOptimizer("variant", variant.curvature(),
                TrustRegion.with(variant.solver()), CRITERIA)
                .minimize(problem.objective(), problem.start());
        assertTrue(r.value() <= problem.objective().value(problem.start()), r.toString());
        if (variant.knownFailures().contains(problem.name())) {
            assertFalse(r.gradientNorm() <= GRADIENT_TOLERANCE, variant + " now solves "
                    + problem.name() + ": remove it from the known failures. " + r);
            return;
        }
        assertTrue(r.gradientNorm() <= GRADIENT_TOLERANCE, variant + ": " + r);
    }

    /**
     * The DFP update is sound; its failures above come from the inexact line search. With the
     * Moré–Thuente search at c₂ = 0.01 it solves every problem but Meyer (rounding floor, as for
     * every method here).
     */
    @Test
    void dfpSolvesWithANearlyExactLineSearch() {
        IterativeOptimizer dfp = new IterativeOptimizer("dfp-accurate", Dfp.defaults(),
                QuasiNewtonDefaults.lineSearchGlobalization(MoreThuente.defaults().withCurvature(0.01)),
                CRITERIA);
        for (TestProblem problem : TestProblems.mgh()) {
            OptimizationResult r = dfp.minimize(problem.objective(), problem.start());
            if (problem.name().equals("meyer")) {
                assertFalse(r.gradientNorm() <= GRADIENT_TOLERANCE, "dfp now solves meyer: " + r);
            } else {
                assertTrue(r.gradientNorm() <= GRADIENT_TOLERANCE, problem.name() + ": " + r);
            }
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
