package dev.curvature.fit.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.MultivariateDifferentiableFunction;
import org.apache.commons.math3.exception.MathUnsupportedOperationException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.geometry.euclidean.twod.Vector2D;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.GradientMultivariateOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CommonsMathOptimizers#named} as a Commons Math {@link GradientMultivariateOptimizer},
 * driven the way Commons Math's tests drive theirs ({@code NonLinearConjugateGradientOptimizerTest}:
 * ObjectiveFunction, ObjectiveFunctionGradient, GoalType, InitialGuess, MaxEval; their circle
 * fitting with its expected values), and Rosenbrock's function from (−1.2, 1).
 */
class GradientOptimizerAdapterTest {

    /** Rosenbrock's f(x, y) = 100(y − x²)² + (1 − x)², minimum 0 at (1, 1). */
    private static final MultivariateFunction ROSENBROCK = x -> {
        double a = x[1] - x[0] * x[0];
        double b = 1.0 - x[0];
        return 100 * a * a + b * b;
    };
    private static final MultivariateVectorFunction ROSENBROCK_GRADIENT = x -> {
        double a = x[1] - x[0] * x[0];
        return new double[] {-400 * a * x[0] - 2 * (1 - x[0]), 200 * a};
    };

    /** The same function for automatic differentiation. */
    private static final MultivariateDifferentiableFunction ROSENBROCK_AD =
            new MultivariateDifferentiableFunction() {
                @Override
                public double value(double[] x) {
                    return ROSENBROCK.value(x);
                }

                @Override
                public DerivativeStructure value(DerivativeStructure[] x) {
                    DerivativeStructure a = x[1].subtract(x[0].multiply(x[0]));
                    DerivativeStructure b = x[0].negate().add(1);
                    return a.multiply(a).multiply(100).add(b.multiply(b));
                }
            };

    @ParameterizedTest
    @ValueSource(strings = {"lbfgs", "bfgs"})
    void rosenbrock(String method) {
        GradientMultivariateOptimizer optimizer = CommonsMathOptimizers.named(method);
        PointValuePair optimum = optimizer.optimize(new MaxEval(1000),
                new ObjectiveFunction(ROSENBROCK),
                new ObjectiveFunctionGradient(ROSENBROCK_GRADIENT),
                GoalType.MINIMIZE,
                new InitialGuess(new double[] {-1.2, 1}));
        assertEquals(1, optimum.getPoint()[0], 1e-6);
        assertEquals(1, optimum.getPoint()[1], 1e-6);
        assertEquals(0, optimum.getValue(), 1e-12);
        assertEquals(ROSENBROCK.value(optimum.getPoint()), optimum.getValue(), 0);
        assertTrue(optimizer.getEvaluations() > 0 && optimizer.getEvaluations() <= 1000);
        assertTrue(optimizer.getIterations() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"damped-newton", "lbfgs", "hybrid-newton"})
    void rosenbrockAsMultivariateDifferentiableFunction(String method) {
        GradientMultivariateOptimizer optimizer = CommonsMathOptimizers.named(method);
        PointValuePair optimum = optimizer.optimize(new MaxEval(1000),
                new ObjectiveFunction(ROSENBROCK_AD), GoalType.MINIMIZE,
                new InitialGuess(new double[] {-1.2, 1}));
        assertEquals(1, optimum.getPoint()[0], 1e-6);
        assertEquals(1, optimum.getPoint()[1], 1e-6);
        // The same run directly on Curvature, through the AD objective.
        OptimizationResult direct = Optimizers.named(method).minimize(
                CommonsMathOptimizers.objective(ROSENBROCK_AD, 2), new double[] {-1.2, 1});
        assertEquals(direct.point()[0], optimum.getPoint()[0], 0);
        assertEquals(direct.point()[1], optimum.getPoint()[1], 0);
    }

    @Test
    void maximizeKeepsItsMeaning() {
        MultivariateFunction negated = x -> 3 - ROSENBROCK.value(x);
        MultivariateVectorFunction negatedGradient = x -> {
            double[] g = ROSENBROCK_GRADIENT.value(x);
            return new double[] {-g[0], -g[1]};
        };
        PointValuePair optimum = CommonsMathOptimizers.named("lbfgs").optimize(new MaxEval(1000),
                new ObjectiveFunction(negated), new ObjectiveFunctionGradient(negatedGradient),
                GoalType.MAXIMIZE, new InitialGuess(new double[] {-1.2, 1}));
        assertEquals(1, optimum.getPoint()[0], 1e-6);
        assertEquals(1, optimum.getPoint()[1], 1e-6);
        assertEquals(3, optimum.getValue(), 1e-12);
    }

    @Test
    void maxEvalAndMaxIterKeepTheirMeaning() {
        GradientMultivariateOptimizer optimizer = CommonsMathOptimizers.named("lbfgs");
        assertThrows(TooManyEvaluationsException.class, () -> optimizer.optimize(new MaxEval(10),
                new ObjectiveFunction(ROSENBROCK), new ObjectiveFunctionGradient(ROSENBROCK_GRADIENT),
                GoalType.MINIMIZE, new InitialGuess(new double[] {-1.2, 1})));
        // Commons Math's Incrementor counts the evaluation that exceeded the budget.
        assertEquals(11, optimizer.getEvaluations());
        assertThrows(TooManyIterationsException.class, () -> optimizer.optimize(new MaxEval(1000),
                new MaxIter(5), new ObjectiveFunction(ROSENBROCK),
                new ObjectiveFunctionGradient(ROSENBROCK_GRADIENT), GoalType.MINIMIZE,
                new InitialGuess(new double[] {-1.2, 1})));
        assertEquals(6, optimizer.getIterations());
    }

    @Test
    void convergenceCheckerEndsTheRun() {
        AtomicInteger calls = new AtomicInteger();
        SimpleValueChecker loose = new SimpleValueChecker(1e-2, 1e-2);
        ConvergenceChecker<PointValuePair> counting = (iteration, previous, current) -> {
            calls.incrementAndGet();
            return loose.converged(iteration, previous, current);
        };
        GradientMultivariateOptimizer checked = CommonsMathOptimizers.named("lbfgs", counting);
        PointValuePair early = checked.optimize(new MaxEval(1000), new ObjectiveFunction(ROSENBROCK),
                new ObjectiveFunctionGradient(ROSENBROCK_GRADIENT), GoalType.MINIMIZE,
                new InitialGuess(new double[] {-1.2, 1}));
        GradientMultivariateOptimizer unchecked = CommonsMathOptimizers.named("lbfgs");
        unchecked.optimize(new MaxEval(1000), new ObjectiveFunction(ROSENBROCK),
                new ObjectiveFunctionGradient(ROSENBROCK_GRADIENT), GoalType.MINIMIZE,
                new InitialGuess(new double[] {-1.2, 1}));
        assertEquals(checked.getIterations(), calls.get(), "asked once per iteration");
        assertTrue(checked.getIterations() < unchecked.getIterations(),
                checked.getIterations() + " vs " + unchecked.getIterations());
        assertTrue(early.getValue() > 1e-10, "stopped by the loose checker at f = " + early.getValue());
    }

    @Test
    void circleFitting() {
        CircleProblems problem = CircleProblems.fivePoints();
        GradientMultivariateOptimizer optimizer
                = CommonsMathOptimizers.named("bfgs", new SimpleValueChecker(1e-30, 1e-30));
        PointValuePair optimum
                = optimizer.optimize(new MaxEval(100),
                                     new ObjectiveFunction(problem.getObjectiveFunction()),
                                     new ObjectiveFunctionGradient(problem.getObjectiveFunctionGradient()),
                                     GoalType.MINIMIZE,
                                     new InitialGuess(new double[] {98.680, 47.345}));
        Vector2D center = new Vector2D(optimum.getPointRef()[0], optimum.getPointRef()[1]);
        assertEquals(69.960161753, problem.getRadius(center), 1.0e-8);
        assertEquals(96.075902096, center.getX(), 1.0e-7);
        assertEquals(48.135167894, center.getY(), 1.0e-6);
    }

    @Test
    void simpleBoundsReachMethodsThatHonourThem() {
        // Rosenbrock on [−2, 0.5] × [−2, 2]: the minimum over the box is (0.5, 0.25), f = 0.25
        PointValuePair optimum = CommonsMathOptimizers.named("lbfgsb").optimize(new MaxEval(1000),
                new ObjectiveFunction(ROSENBROCK),
                new ObjectiveFunctionGradient(ROSENBROCK_GRADIENT), GoalType.MINIMIZE,
                new InitialGuess(new double[] {-1.2, 1}),
                new SimpleBounds(new double[] {-2, -2}, new double[] {0.5, 2}));
        assertEquals(0.25, optimum.getValue(), 1e-12);
        assertEquals(0.5, optimum.getPoint()[0]);
        assertEquals(0.25, optimum.getPoint()[1], 1e-8);
    }

    @Test
    void boundsAreUnsupportedAndMissingDataIsNamed() {
        GradientMultivariateOptimizer optimizer = CommonsMathOptimizers.named("bfgs");
        assertThrows(MathUnsupportedOperationException.class, () -> optimizer.optimize(
                new MaxEval(100), new ObjectiveFunction(ROSENBROCK),
                new ObjectiveFunctionGradient(ROSENBROCK_GRADIENT), GoalType.MINIMIZE,
                new InitialGuess(new double[] {-1.2, 1}),
                new SimpleBounds(new double[] {-2, -2}, new double[] {2, 2})));
        // A fresh optimizer: Commons Math's keep the bounds of an earlier call.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommonsMathOptimizers.named("lbfgs").optimize(new MaxEval(100), new ObjectiveFunction(ROSENBROCK),
                        GoalType.MINIMIZE, new InitialGuess(new double[] {-1.2, 1})));
        assertTrue(e.getMessage().contains("ObjectiveFunctionGradient"), e.getMessage());
        // Newton methods need a Hessian: a MultivariateDifferentiableFunction, not a gradient alone.
        IllegalArgumentException noHessian = assertThrows(IllegalArgumentException.class,
                () -> CommonsMathOptimizers.named("hybrid-newton").optimize(new MaxEval(100),
                        new ObjectiveFunction(ROSENBROCK),
                        new ObjectiveFunctionGradient(ROSENBROCK_GRADIENT), GoalType.MINIMIZE,
                        new InitialGuess(new double[] {-1.2, 1})));
        assertTrue(noHessian.getMessage().contains("objective"), noHessian.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> CommonsMathOptimizers.named("no-such-method"));
        assertTrue(unknown.getMessage().contains("name"), unknown.getMessage());
    }
}
