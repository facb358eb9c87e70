package dev.curvature.bench.jmh.peers;

import dev.curvature.bench.jmh.GradientStop;
import dev.curvature.bench.jmh.Outcome;
import dev.curvature.bench.jmh.Solver;
import dev.curvature.problems.TestProblem;
import smile.math.BFGS;
import smile.math.DifferentiableMultivariateFunction;

/**
 * Smile 3.1.1's L-BFGS, {@code smile.math.BFGS.minimize(func, m = 10, x, gtol, maxIter)}: the
 * two-loop recursion with H₀ = γI and a backtracking (Armijo, cubic interpolation) line search
 * on values, the gradient evaluated once per iteration at the accepted point. Its gradient test
 * (‖g·max(|x|, 1)‖∞/max(f, 1) &lt; gtol) is set to the smallest positive gtol so that
 * {@link GradientStop} decides; its step test (relative step &lt; 4·10⁻⁸) cannot be changed.
 * Iterations = gradient evaluations − 1.
 */
public final class SmileLbfgs implements Solver {

    @Override
    public String name() {
        return "smile";
    }

    @Override
    public Outcome solve(TestProblem problem, double tolerance) {
        GradientStop stop = new GradientStop(problem.objective(), tolerance);
        DifferentiableMultivariateFunction f = new DifferentiableMultivariateFunction() {
            private static final long serialVersionUID = 1L;

            @Override
            public double f(double[] x) {
                return stop.value(x);
            }

            @Override
            public double g(double[] x, double[] gradient) {
                return stop.valueAndGradient(x, gradient);
            }
        };
        String end = "returned";
        try {
            BFGS.minimize(f, 10, problem.start(), Double.MIN_VALUE, 1_000_000);
        } catch (RuntimeException e) {
            if (e != GradientStop.CONVERGED) {
                end = e.toString();
            }
        }
        return stop.outcome(stop.gradientEvaluations() - 1, end);
    }
}
