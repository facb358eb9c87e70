package dev.curvature.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19's bar on the whole bound-constrained set ({@link TestProblems#bounded()}): from the
 * published start, {@code lbfgsb} and the bounded {@code newton-trust-region} reach the published
 * f* to 10⁻⁶·max(1, |f*|) with a projected gradient ‖P(x − g) − x‖∞ ≤ 10⁻⁶·max(1, |f*|), never
 * evaluating f outside the box — on every problem but the listed ones, each of which must still
 * end honestly (converged only at a first-order point of the box).
 *
 * <p>The listed misses, and why (docs/bounded-set.md, docs/scipy-comparison-bounded.md):
 * <ul>
 *   <li>both methods: HS2 (from (−2, 1) descent reaches the other local minimum on x₂ = 1.5,
 *       f = 4.94, as SciPy's L-BFGS-B), LEVYMONT5/7/n and EGGCRATEB (global-optimization
 *       problems with many local minima; the methods stop at a local one, as SciPy's);
 *   <li>lbfgsb: PALMER3 and BIGGS5 (other local minima, where SciPy's L-BFGS-B stops too) and
 *       PALMER1B (both line searches fail at ‖Pg‖∞ = 6.6·10⁻⁵ with f within 10⁻⁹ of f*: an
 *       ill-conditioned least-squares fit at f's precision; not converged), and HS25, whose
 *       published start is nearly stationary (‖∇f(x0)‖∞ = 2·10⁻⁸): L-BFGS-B's first step
 *       there changes f by nothing and the run stops at f's precision, as SciPy's does.
 * </ul>
 * The test fails when a problem leaves the solved set, and when a listed miss starts to claim
 * convergence away from a first-order point.
 */
class BoundedSetTest {
    private static final Set<String> BOTH_MISS =
            Set.of("hs2", "levymont5", "levymont7", "levymont", "eggcrateb");

    @ParameterizedTest
    @CsvSource({"lbfgsb, 'palmer3,biggs5,palmer1b,hs25'", "newton-trust-region, ''"})
    void everyBoundedProblemIsSolvedButTheListedOnes(String method, String misses) {
        Set<String> expectedMisses = new TreeSet<>(BOTH_MISS);
        if (!misses.isBlank()) {
            expectedMisses.addAll(List.of(misses.split(",")));
        }
        List<String> unexpected = new ArrayList<>();
        int solved = 0;
        for (TestProblem problem : TestProblems.bounded()) {
            Bounds box = problem.bounds().orElseThrow();
            double fStar = problem.knownMinimum().orElseThrow();
            TwiceDifferentiable f = problem.objective();
            int[] outside = {0};
            TwiceDifferentiable watched = TwiceDifferentiable.of(f.dimension(), x -> {
                outside[0] += box.contains(x) ? 0 : 1;
                return f.value(x);
            }, (x, g) -> {
                outside[0] += box.contains(x) ? 0 : 1;
                f.gradient(x, g);
            }, (x, h) -> {
                outside[0] += box.contains(x) ? 0 : 1;
                f.hessian(x, h);
            });
            OptimizationResult r = Optimizers.named(method).minimize(watched, problem.start(),
                    box);
            String what = method + " on " + problem.name() + ": " + r.message();
            assertEquals(0, outside[0], "evaluations outside the box; " + what);
            assertTrue(box.contains(r.point()), what);
            double[] g = new double[f.dimension()];
            f.gradient(r.point(), g);
            double measure = box.projectedGradientNorm(r.point(), g);
            assertEquals(measure, r.projectedGradientNorm(), 0.0, "reported measure; " + what);
            double scale = Math.max(1, Math.abs(fStar));
            boolean atSolution = Math.abs(r.value() - fStar) <= 1e-6 * scale
                    && measure <= 1e-6 * scale;
            if (atSolution) {
                solved++;
            }
            if (expectedMisses.contains(problem.name())) {
                assertTrue(!r.converged() || measure <= 1e-5 * scale,
                        "a listed miss claims convergence away from a first-order point; " + what);
            } else if (!atSolution) {
                unexpected.add(problem.name() + " (f − f* = " + (r.value() - fStar)
                        + ", ‖Pg‖∞ = " + measure + ", " + r.termination() + ")");
            }
        }
        assertTrue(unexpected.isEmpty(), method + " misses " + unexpected);
        assertTrue(solved >= TestProblems.bounded().size() - expectedMisses.size(),
                method + " solved " + solved);
    }
}
