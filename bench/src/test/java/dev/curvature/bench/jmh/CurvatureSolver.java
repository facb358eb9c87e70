package dev.curvature.bench.jmh;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;

/**
 * A Curvature method with its defaults and its own gradient test ‖∇f‖∞ ≤ tolerance (the value and
 * step tests stay at their default 0, so only a run that stalls ends otherwise); the no-argument
 * form is {@code lbfgs} (m = 10), named "curvature".
 */
public final class CurvatureSolver implements Solver {
    private final Optimizer method;
    private final String name;

    /** Curvature's {@code lbfgs}, named "curvature" in the tables. */
    public CurvatureSolver() {
        this("lbfgs", "curvature");
    }

    /**
     * @param method a registered method name ({@code Optimizers.named})
     * @param name the name in the tables
     */
    public CurvatureSolver(String method, String name) {
        this.method = Optimizers.named(method);
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Outcome solve(TestProblem problem, double tolerance) {
        Optimizer run = method.withCriteria(method.criteria().withGradientTolerance(tolerance)
                .withMaxIterations(100_000).withMaxEvaluations(1_000_000));
        OptimizationResult r = run.minimize(problem.objective(), problem.start());
        return new Outcome(r.iterations(), r.valueEvaluations(), r.gradientEvaluations(),
                r.gradientNorm(), r.gradientNorm() <= tolerance, r.termination().toString());
    }
}
