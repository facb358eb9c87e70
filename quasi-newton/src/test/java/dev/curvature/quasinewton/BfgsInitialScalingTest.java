package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.linesearch.FirstIterationStep;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.linesearch.QuadraticInterpolationStep;
import dev.curvature.problems.Solved;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import org.junit.jupiter.api.Test;

/**
 * BFGS's start on a badly scaled least-squares problem (NIST StRD Gauss2, start 1): the (6.20)
 * scaling takes its γ = sᵀy/yᵀy from the stiffest direction, so H₀ is far too small along the
 * others and the unit steps grow them by a factor of about 2.5 an iteration; H₀ = I with the
 * quadratic-interpolation first trial (SciPy's BFGS) does not. Figures:
 * docs/defaults.md#initial-scaling-of-bfgs.
 */
class BfgsInitialScalingTest {

    private static IterativeOptimizer unscaled() {
        return new IterativeOptimizer("bfgs-unscaled", Bfgs.defaults().withInitialScaling(false),
                new LineSearchGlobalization(QuasiNewtonDefaults.lineSearch(),
                        QuadraticInterpolationStep.defaults().withFirst(FirstIterationStep.inverseSlopeRoot())),
                QuasiNewtonDefaults.criteria());
    }

    private static int fg(OptimizationResult r) {
        return r.valueEvaluations() + r.gradientEvaluations();
    }

    @Test
    void theIdentityStartSolvesGauss2WithinScipysEvaluations() {
        TestProblem p = TestProblems.byName("nist-gauss2-1");
        OptimizationResult plain = unscaled().minimize(p.objective(), p.start());
        OptimizationResult scaled = new IterativeOptimizer("bfgs-scaled", Bfgs.defaults(),
                QuasiNewtonDefaults.lineSearchGlobalization(), QuasiNewtonDefaults.criteria())
                .minimize(p.objective(), p.start());
        OptimizationResult registered = QuasiNewtonMethods.bfgs().minimize(p.objective(),
                p.start());
        assertEquals(fg(plain), fg(registered), "the registered bfgs is the unscaled composition");
        assertTrue(Solved.by(p, plain), plain.message());
        assertTrue(Solved.by(p, scaled), scaled.message());
        // SciPy 1.17.1's BFGS: 32 f + 32 ∇f on the same Java objective (tools/scipy_compare.py)
        assertTrue(fg(plain) <= 64, "unscaled f + ∇f " + fg(plain));
        assertTrue(2 * fg(plain) < fg(scaled), "unscaled " + fg(plain) + ", scaled " + fg(scaled));
    }

    @Test
    void theOptionIsKeptByTheOtherSetting() {
        Bfgs b = Bfgs.defaults().withInitialScaling(false).withSkipTolerance(1e-6);
        assertEquals(false, b.initialScaling());
        assertEquals(1e-6, b.skipTolerance());
        assertTrue(Bfgs.defaults().initialScaling());
    }
}
