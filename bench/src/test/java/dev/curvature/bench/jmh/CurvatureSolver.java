package dev.curvature.bench.jmh;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;

/** Curvature's {@code lbfgs} (m = 10, its default line search) with its own gradient test ‖∇f‖∞ ≤ tolerance. */
public final class CurvatureSolver implements Solver {
    private static final Optimizer LBFGS = Optimizers.named("lbfgs");

    @Override
    public String name() {
        return "curvature";
    }

    @Override
    public Outcome solve(TestProblem problem, double tolerance) {
        Optimizer lbfgs = LBFGS.withCriteria(LBFGS.criteria().withGradientTolerance(tolerance)
                .withMaxIterations(100_000).withMaxEvaluations(1_000_000));
        OptimizationResult r = lbfgs.minimize(problem.objective(), problem.start());
        return new Outcome(r.iterations(), r.valueEvaluations(), r.gradientEvaluations(),
                r.gradientNorm(), r.gradientNorm() <= tolerance, r.termination().toString());
    }
}
