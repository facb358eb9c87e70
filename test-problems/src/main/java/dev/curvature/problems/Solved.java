package dev.curvature.problems;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;

/**
 * The one definition of "solved" used by the comparison tables, the performance profiles and the
 * tests: a run solves a problem when its returned value is finite and
 * <ul>
 *   <li>f − f* ≤ 10⁻⁶·max(1, |f*|) where the problem's minimum f* is known (the accuracy level
 *       of Moré &amp; Wild's data profiles with τ = 10⁻⁶, applied to f − f* directly); reaching
 *       another, higher local minimum is not solving;
 *   <li>otherwise, when the run met its convergence test ({@link OptimizationResult#converged()}).
 * </ul>
 * For a bound-constrained problem ({@link TestProblem#bounds()} present) the value test is
 * two-sided, |f − f*| ≤ 10⁻⁶·max(1, |f*|) (the returned point is feasible, so a value below the
 * published minimum over the box means a wrong f* or an infeasible point, and is reported, not
 * counted), and the run must also be first-order critical: it met its convergence test, or its
 * projected gradient ‖P(x − ∇f(x)) − x‖∞ ({@link OptimizationResult#projectedGradientNorm()},
 * the measure of L-BFGS-B and SciPy's {@code pgtol}) is at most the gradient tolerance.
 */
public final class Solved {
    /** The relative accuracy τ required of f − f*. */
    public static final double TOLERANCE = 1e-6;

    private Solved() {
    }

    /**
     * True when {@code result} solves {@code problem} by the definition above, a bounded problem's
     * projected gradient judged against the default criteria's gradient tolerance.
     */
    public static boolean by(TestProblem problem, OptimizationResult result) {
        return by(problem, result, ConvergenceCriteria.defaults().gradientTolerance());
    }

    /**
     * True when {@code result} solves {@code problem} by the definition above, a bounded problem's
     * projected gradient judged against {@code gradientTolerance} (the run's criteria's).
     */
    public static boolean by(TestProblem problem, OptimizationResult result,
            double gradientTolerance) {
        if (!Double.isFinite(result.value())) {
            return false;
        }
        boolean bounded = problem.bounds().isPresent();
        if (problem.knownMinimum().isPresent()) {
            double fStar = problem.knownMinimum().getAsDouble();
            double gap = result.value() - fStar;
            double tolerance = TOLERANCE * Math.max(1, Math.abs(fStar));
            if (!bounded) {
                return gap <= tolerance;
            }
            return Math.abs(gap) <= tolerance
                    && (result.converged() || result.projectedGradientNorm() <= gradientTolerance);
        }
        return result.converged();
    }
}
