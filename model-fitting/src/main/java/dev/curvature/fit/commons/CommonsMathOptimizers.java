package dev.curvature.fit.commons;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.Bounds;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.fit.FitOptions;
import org.apache.commons.math3.analysis.differentiation.MultivariateDifferentiableFunction;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GradientMultivariateOptimizer;

/**
 * Curvature's methods behind Apache Commons Math 3.6.1's optimizer interfaces, so that code
 * written against Commons Math (its user guide §12 "Optimization" and its own tests) runs a
 * Curvature method with only the construction of the optimizer changed:
 * <pre>{@code
 * GradientMultivariateOptimizer optimizer = CommonsMathOptimizers.named("lbfgs");
 * PointValuePair optimum = optimizer.optimize(new ObjectiveFunction(f),
 *         new ObjectiveFunctionGradient(g), GoalType.MINIMIZE, new InitialGuess(x0),
 *         new MaxEval(1000));
 *
 * LeastSquaresOptimizer.Optimum fit = CommonsMathOptimizers.leastSquares()
 *         .optimize(new LeastSquaresBuilder().model(model, jacobian).target(y).start(p0)
 *                 .maxEvaluations(100).maxIterations(100).build());
 * fit.getPoint(); fit.getSigma(1e-14); fit.getCovariances(1e-14);
 * }</pre>
 *
 * <p>Commons Math's optimization data keep their Commons Math meaning:
 * <ul>
 *   <li>{@code GoalType.MAXIMIZE}: −f is minimized; the returned {@code PointValuePair} holds f;
 *   <li>{@code MaxEval}: evaluations of f are counted by Commons Math
 *       ({@code computeObjectiveValue}; gradients are not counted, as in Commons Math) and the
 *       {@code TooManyEvaluationsException} is thrown from {@code optimize} when exceeded;
 *       for least squares, the problem's evaluation counter counts each new point;
 *   <li>{@code MaxIter} (least squares: the problem's iteration counter): each accepted step of
 *       the Curvature method is one iteration; {@code TooManyIterationsException} when exceeded;
 *   <li>a {@code ConvergenceChecker} (the optimizer's constructor argument in Commons Math, here
 *       {@link #named(String, ConvergenceChecker)}; for least squares the problem's
 *       {@code checker}) is asked after every iteration, with the previous and current pairs
 *       (evaluations), and ends the run when it says so. Curvature's own convergence tests end it
 *       too (at a stationary point, where no checker could see further progress); with no
 *       checker they alone decide;
 *   <li>{@code SimpleBounds}: passed on as {@link dev.curvature.api.Bounds} to the methods that
 *       honour bounds ({@code lbfgsb}, {@code lbfgs} and the trust-region methods); the others
 *       refuse finite bounds with {@code MathUnsupportedOperationException}, as Commons Math's
 *       {@code NonLinearConjugateGradientOptimizer} does;
 *   <li>an exception thrown by the user's function propagates from {@code optimize}, as in
 *       Commons Math.
 * </ul>
 * A {@link MultivariateDifferentiableFunction} may be given as the {@code ObjectiveFunction}
 * without an {@code ObjectiveFunctionGradient}: its gradient, and for the Newton methods its
 * Hessian, come from Commons Math's automatic differentiation ({@link #objective}).
 */
public final class CommonsMathOptimizers {
    private CommonsMathOptimizers() {
    }

    /**
     * The Curvature method {@code method} (any name of {@link Optimizers#names()}, e.g.
     * {@code "lbfgs"}, {@code "bfgs"}, {@code "damped-newton"}, {@code "hybrid-newton"}) as a
     * Commons Math gradient optimizer without a convergence checker. A new optimizer each call:
     * like Commons Math's, it is not thread-safe. The Newton methods need a Hessian, so their
     * objective must be a {@link MultivariateDifferentiableFunction}.
     *
     * @throws IllegalArgumentException naming the known methods when there is none of that name
     */
    public static GradientMultivariateOptimizer named(String method) {
        return named(method, null);
    }

    /**
     * As {@link #named(String)}, with a Commons Math convergence checker (null for none) asked
     * after every iteration, as Commons Math's optimizers do.
     *
     * @throws IllegalArgumentException naming the known methods when there is none of that name
     */
    public static GradientMultivariateOptimizer named(String method,
            ConvergenceChecker<PointValuePair> checker) {
        return new CurvatureGradientOptimizer(Optimizers.named(Checks.notNull(method, "method")),
                checker);
    }

    /**
     * Curvature's least squares ({@link dev.curvature.fit.LeastSquares}: Levenberg–Marquardt with
     * the relative-offset and rounding-floor stopping tests, {@link FitOptions#defaults()}) as a
     * Commons Math {@link LeastSquaresOptimizer}. The returned {@code Optimum} is the problem's
     * own {@code Evaluation} at the estimate, so {@code getSigma}, {@code getCovariances},
     * {@code getRMS} and {@code getCost} mean what they mean in Commons Math (covariances
     * (JᵀWJ)⁻¹, not multiplied by σ̂²). Immutable and thread-safe.
     */
    public static LeastSquaresOptimizer leastSquares() {
        return leastSquares(FitOptions.defaults());
    }

    /**
     * As {@link #leastSquares()} within bounds l ≤ p ≤ u on the parameters, which Commons Math
     * 3.6.1's {@code LeastSquaresProblem} cannot express: Curvature's bounded Levenberg–Marquardt
     * ({@link FitOptions#withBounds}). A start outside the bounds is projected onto them; every
     * point the problem is evaluated at lies in them. The {@code Optimum}'s
     * {@code getSigma}/{@code getCovariances} remain Commons Math's unconstrained (JᵀWJ)⁻¹ of the
     * problem's {@code Evaluation}, which knows nothing of bounds: for a parameter that ends on a
     * bound they are not a standard error (use {@link dev.curvature.fit.LeastSquares#fit} and
     * {@code FitResult.parametersAtBounds()} for the honest covariance).
     *
     * @throws IllegalArgumentException when {@code bounds} is null; {@code optimize} throws it
     *     when the bounds' dimension is not the problem's number of parameters
     */
    public static LeastSquaresOptimizer leastSquares(Bounds bounds) {
        return leastSquares(FitOptions.defaults().withBounds(Checks.notNull(bounds, "bounds")));
    }

    /**
     * As {@link #leastSquares()} with other options (their iteration and evaluation budgets are
     * replaced by the problem's counters; their bounds, if any, apply as in
     * {@link #leastSquares(Bounds)}).
     *
     * @throws IllegalArgumentException when {@code options} is null
     */
    public static LeastSquaresOptimizer leastSquares(FitOptions options) {
        return new CurvatureLeastSquaresOptimizer(Checks.notNull(options, "options"));
    }

    /**
     * A Commons Math differentiable function as a Curvature objective, for any Curvature
     * optimizer: value, gradient and Hessian by forward-mode automatic differentiation
     * ({@code DerivativeStructure} of order 1 and 2).
     *
     * @param function f
     * @param dimension n ≥ 1, the number of variables
     * @throws IllegalArgumentException naming the argument when f is null or n &lt; 1
     */
    public static TwiceDifferentiable objective(MultivariateDifferentiableFunction function,
            int dimension) {
        return new DifferentiableFunctionObjective(function, dimension, 1);
    }

    /**
     * Rethrows what ended a run that Commons Math would have ended with an exception: the
     * user's function or Commons Math's counters threw (the cause of
     * {@link TerminationReason#OBJECTIVE_FAILED} or of a listener stop).
     */
    static void rethrowCause(OptimizationResult result) {
        if (result.cause().isPresent()
                && (result.termination() == TerminationReason.OBJECTIVE_FAILED
                        || result.termination() == TerminationReason.STOPPED_BY_LISTENER)) {
            Throwable cause = result.cause().get();
            if (cause instanceof RuntimeException e) {
                throw e;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(cause);
        }
    }
}
