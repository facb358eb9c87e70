package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PureNewtonTest {
    private static final Optimizer NEWTON = Optimizers.named("newton");

    /**
     * Quadratic convergence (N&amp;W Theorem 3.5): ‖x_{k+1} − x*‖ ≤ C‖x_k − x*‖² near x*. The ratio
     * is recorded for every iterate within 1e-2 of x* and must stay bounded. Runs start at
     * x* + 0.1·(x0 − x*): from the standard start pure Newton reaches saddle points of Wood and
     * Beale, which is a property of the method, not of the local rate.
     */
    @ParameterizedTest
    @ValueSource(strings = {"rosenbrock", "wood", "beale", "extended-rosenbrock"})
    void errorRatioStaysBoundedNearTheSolution(String name) {
        TestProblem problem = TestProblems.byName(name);
        double[] xStar = problem.knownMinimizer().orElseThrow();
        double[] start = problem.start();
        for (int i = 0; i < start.length; i++) {
            start[i] = xStar[i] + 0.1 * (start[i] - xStar[i]);
        }
        List<Double> errors = new ArrayList<>();
        OptimizationResult r = NEWTON
                .withCriteria(ConvergenceCriteria.defaults().withGradientTolerance(1e-13))
                .minimize(problem.objective(), start, info -> {
                    errors.add(distance(info.point(), xStar));
                    return true;
                });
        assertTrue(r.converged(), r.message());
        assertTrue(distance(r.point(), xStar) < 1e-8, r.toString());
        int ratios = 0;
        for (int k = 0; k + 1 < errors.size(); k++) {
            double e = errors.get(k);
            double next = errors.get(k + 1);
            if (e < 1e-2 && e > 1e-7) { // near x*, above rounding level
                ratios++;
                assertTrue(next / (e * e) < 1e3,
                        name + ": ‖e_{k+1}‖/‖e_k‖² = " + next / (e * e) + " at k = " + k + ", errors " + errors);
            }
        }
        assertTrue(ratios >= 1, "no iterate observed near x*: " + errors);
    }

    @Test
    void convergesOnRosenbrockInFewIterations() {
        OptimizationResult r = NEWTON.minimize(TestProblems.byName("rosenbrock").objective(),
                new double[] {-1.2, 1});
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(), r.message());
        assertTrue(r.iterations() <= 10, r.toString());
        assertEquals(r.iterations() + 1, r.hessianEvaluations(),
                "one Hessian per step, one for the second-order check at the end");
        assertEquals(dev.curvature.api.SecondOrder.POSITIVE_DEFINITE, r.secondOrder());
        assertEquals(r.iterations() + 1, r.valueEvaluations(), "one f per full step plus x0");
    }

    @Test
    void endsWithSingularHessianWhenTheNewtonSystemHasNoUniqueSolution() {
        // f = (x + y)² + x: H = [[2, 2], [2, 2]] is singular everywhere.
        TwiceDifferentiable f = TwiceDifferentiable.of(2,
                x -> (x[0] + x[1]) * (x[0] + x[1]) + x[0],
                (x, g) -> {
                    g[0] = 2 * (x[0] + x[1]) + 1;
                    g[1] = 2 * (x[0] + x[1]);
                },
                (x, h) -> {
                    h.set(0, 0, 2);
                    h.set(0, 1, 2);
                    h.set(1, 0, 2);
                    h.set(1, 1, 2);
                });
        OptimizationResult r = NEWTON.minimize(f, new double[] {1, 1});
        assertEquals(TerminationReason.SINGULAR_HESSIAN, r.termination(), r.message());
        assertEquals(0, r.iterations());
        assertEquals(5.0, r.value(), 0.0);
    }

    @Test
    void returnsTheBestPointWhenTheFullStepClimbsToAMaximum() {
        // f = x⁴/4 − x²/2: from 0.1 the Hessian 3x² − 1 is negative and the full Newton step lands
        // on the local maximum x = 0, where the gradient vanishes.
        TwiceDifferentiable f = TwiceDifferentiable.of(1,
                x -> Math.pow(x[0], 4) / 4 - x[0] * x[0] / 2,
                (x, g) -> g[0] = Math.pow(x[0], 3) - x[0],
                (x, h) -> h.set(0, 0, 3 * x[0] * x[0] - 1));
        double[] x0 = {0.1};
        double f0 = f.value(x0);
        OptimizationResult r = NEWTON.minimize(f, x0);
        assertTrue(r.value() <= f0, r.toString());
        assertEquals(0.1, r.point()[0], 0.0);
        assertTrue(r.message().contains("best point"), r.message());
    }

    @Test
    void rejectsAnObjectiveWithoutHessian() {
        Objective f = Objective.of(1, x -> x[0] * x[0], (x, g) -> g[0] = 2 * x[0]);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> NEWTON.minimize(f, new double[] {1}));
        assertTrue(e.getMessage().startsWith("objective"), e.getMessage());
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
