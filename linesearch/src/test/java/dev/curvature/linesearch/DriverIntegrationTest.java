package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.StepRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The searches inside the shared driver ({@link IterativeOptimizer} with
 * {@link LineSearchGlobalization}), with steepest descent as the direction so that only the line
 * search and the initial step decide the progress: on f(x) = ½Σ λᵢxᵢ², λ = 1…10, every
 * combination converges, and since every Wolfe search ends with its last valueAndSlope call at
 * the accepted α, the driver never evaluates a gradient on its own (gradient evaluations equal
 * value evaluations).
 */
class DriverIntegrationTest {
    private static final int N = 10;

    /** p = −g; nothing to learn or reset. */
    private static final CurvatureProvider STEEPEST_DESCENT = objective -> new CurvatureModel() {
        @Override
        public DirectionStatus direction(double[] x, double[] g, double[] out) {
            for (int i = 0; i < g.length; i++) {
                out[i] = -g[i];
            }
            return DirectionStatus.OK;
        }

        @Override
        public void multiply(double[] x, double[] g, double[] v, double[] out) {
            System.arraycopy(v, 0, out, 0, v.length);
        }

        @Override
        public void update(StepRecord step) {
        }

        @Override
        public boolean reset() {
            return false;
        }
    };

    private static final Objective QUADRATIC = Objective.of(N, x -> {
        double f = 0;
        for (int i = 0; i < N; i++) {
            f += 0.5 * (i + 1) * x[i] * x[i];
        }
        return f;
    }, (x, g) -> {
        for (int i = 0; i < N; i++) {
            g[i] = (i + 1) * x[i];
        }
    });

    @Test
    void steepestDescentConvergesWithEverySearchAndInitialStep() {
        List<LineSearch> searches = List.of(
                MoreThuente.defaults().withCurvature(0.1),
                StrongWolfe.defaults().withWolfe(1e-4, 0.1),
                HagerZhang.defaults().withWolfe(0.1, 0.1));
        List<InitialStep> initialSteps = List.of(InitialStep.UNIT,
                FirstIterationStep.inverseMaxNorm(), ScaledPreviousStep.defaults(),
                QuadraticInterpolationStep.defaults().withMaxStep(Double.POSITIVE_INFINITY));
        double[] x0 = new double[N];
        java.util.Arrays.fill(x0, 1.0);
        for (LineSearch search : searches) {
            for (InitialStep initial : initialSteps) {
                IterativeOptimizer optimizer = new IterativeOptimizer("steepest-descent",
                        STEEPEST_DESCENT, new LineSearchGlobalization(search, initial),
                        ConvergenceCriteria.defaults().withGradientTolerance(1e-8));
                OptimizationResult result = optimizer.minimize(QUADRATIC, x0);
                String label = search + " + " + initial + ": " + result;
                assertEquals(TerminationReason.GRADIENT_TOLERANCE, result.termination(), label);
                assertTrue(result.value() < 1e-15, label);
                // condition number 10: the exact-search rate ((κ−1)/(κ+1))² ≈ 0.67 needs ~50
                // iterations for a 10⁻⁸ gradient; the inexact searches get 4 times that
                // (measured: 58–93)
                assertTrue(result.iterations() <= 200, label);
                assertEquals(result.valueEvaluations(), result.gradientEvaluations(), label);
                System.out.printf("%-14s %-28s iterations %3d, evaluations %4d%n",
                        search.getClass().getSimpleName(),
                        initial == InitialStep.UNIT ? "UNIT" : initial.getClass().getSimpleName(),
                        result.iterations(), result.valueEvaluations());
            }
        }
    }

    /**
     * With {@link MoreThuente#withSlopeOnlyAfterDecrease} the driver's line function ({@link Ray})
     * answers valueAndSlope at the α of the last value call with ∇f alone: every accepted step
     * costs one gradient, every rejected trial none. Steepest descent with α₀ = 1 on λ up to 10
     * overshoots (φ(1) > φ(0) wherever the large-λ components dominate), so trials are rejected.
     */
    @Test
    void slopeAfterDecreaseCostsOneGradientPerAcceptedStep() {
        double[] x0 = new double[N];
        java.util.Arrays.fill(x0, 1.0);
        OptimizationResult[] results = new OptimizationResult[2];
        for (int k = 0; k < 2; k++) {
            IterativeOptimizer optimizer = new IterativeOptimizer("steepest-descent",
                    STEEPEST_DESCENT, new LineSearchGlobalization(MoreThuente.defaults()
                            .withCurvature(0.1).withSlopeOnlyAfterDecrease(k == 1),
                            InitialStep.UNIT),
                    ConvergenceCriteria.defaults().withGradientTolerance(1e-8));
            results[k] = optimizer.minimize(QUADRATIC, x0);
            assertEquals(TerminationReason.GRADIENT_TOLERANCE, results[k].termination(),
                    results[k].toString());
        }
        OptimizationResult plain = results[0];
        OptimizationResult slopeAfter = results[1];
        assertEquals(slopeAfter.iterations() + 1, slopeAfter.gradientEvaluations(),
                "one gradient at x₀ and one per accepted step: " + slopeAfter);
        assertTrue(slopeAfter.valueEvaluations() > slopeAfter.gradientEvaluations(),
                "some trials were rejected: " + slopeAfter);
        int plainCost = plain.valueEvaluations() + plain.gradientEvaluations();
        int slopeAfterCost = slopeAfter.valueEvaluations() + slopeAfter.gradientEvaluations();
        System.out.printf("f + ∇f: %d (%d iterations) with φ' after decrease, %d (%d) without%n",
                slopeAfterCost, slopeAfter.iterations(), plainCost, plain.iterations());
        assertTrue(slopeAfterCost < plainCost, slopeAfterCost + " vs " + plainCost);
    }
}
