package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.SecondOrder;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** f = x⁴ − 2x² + y²: a saddle at the origin (∇f = 0 exactly), minima f = −1 at (±1, 0). */
class SaddlePointTest {
    static final TwiceDifferentiable DOUBLE_WELL = TwiceDifferentiable.of(2,
            x -> Math.pow(x[0], 4) - 2 * x[0] * x[0] + x[1] * x[1],
            (x, g) -> {
                g[0] = 4 * Math.pow(x[0], 3) - 4 * x[0];
                g[1] = 2 * x[1];
            },
            (x, h) -> {
                h.set(0, 0, 12 * x[0] * x[0] - 4);
                h.set(0, 1, 0);
                h.set(1, 0, 0);
                h.set(1, 1, 2);
            });

    @ParameterizedTest
    @ValueSource(strings = {"damped-newton", "saddle-free-newton", "levenberg-newton", "newton-trust-region"})
    void saddleAwareMethodsLeaveAStationarySaddleAlongNegativeCurvature(String method) {
        OptimizationResult r = Optimizers.named(method).minimize(DOUBLE_WELL, new double[] {0, 0});
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(), r.message());
        assertEquals(-1.0, r.value(), 1e-12, r.toString());
        assertEquals(1.0, Math.abs(r.point()[0]), 1e-8);
        assertEquals(SecondOrder.POSITIVE_DEFINITE, r.secondOrder());
    }

    @Test
    void pureNewtonStopsAtTheSaddleAndSaysItIsNotAMinimum() {
        OptimizationResult r = Optimizers.named("newton").minimize(DOUBLE_WELL, new double[] {0, 0});
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination());
        assertEquals(0, r.iterations());
        assertEquals(SecondOrder.NOT_POSITIVE_DEFINITE, r.secondOrder());
    }

    @Test
    void aNearbyStartWithATinyGradientAlsoEscapes() {
        OptimizationResult r = Optimizers.named("damped-newton").minimize(DOUBLE_WELL,
                new double[] {1e-12, 1e-12});
        assertEquals(-1.0, r.value(), 1e-12, r.toString());
        assertEquals(SecondOrder.POSITIVE_DEFINITE, r.secondOrder());
    }

    /**
     * MGH's linear functions of rank 1: ∇²f = c·aaᵀ (n = 10), so at the minimizer nine
     * eigenvalues are zero, and the decomposition returns some of them as −10⁻¹⁰ or so, at the
     * rounding level of ‖∇²f‖ ≈ 10⁶. That is a degenerate minimizer, not a saddle: the run must
     * stop at the gradient test instead of "escaping" along rounding noise (which cost up to ten
     * more iterations and ended the runs on the value, step or collapsed-region tests).
     */
    @ParameterizedTest
    @CsvSource({"damped-newton,1", "damped-newton,10", "saddle-free-newton,1",
            "saddle-free-newton,10", "levenberg-newton,1", "levenberg-newton,10",
            "newton-trust-region,1", "newton-trust-region,10"})
    void aSingularPositiveSemidefiniteHessianIsNoSaddleToEscape(String method, double scale) {
        for (String name : new String[] {"linear-rank-1", "linear-rank-1-zero"}) {
            TestProblem p = TestProblems.byName(name);
            double[] x0 = p.start().clone();
            for (int i = 0; i < x0.length; i++) {
                x0[i] *= scale;
            }
            OptimizationResult r = Optimizers.named(method).minimize(p.objective(), x0);
            assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(),
                    name + ": " + r.message());
            double fStar = p.knownMinimum().orElseThrow();
            assertEquals(fStar, r.value(), 1e-9 * Math.max(1, fStar), name + ": " + r);
            assertTrue(r.iterations() <= 6, name + ": " + r);
        }
    }
}
