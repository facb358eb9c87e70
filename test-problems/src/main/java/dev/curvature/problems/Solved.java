package dev.curvature.problems;

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
 */
public final class Solved {
    /** The relative accuracy τ required of f − f*. */
    public static final double TOLERANCE = 1e-6;

    private Solved() {
    }

    /** True when {@code result} solves {@code problem} by the definition above. */
    public static boolean by(TestProblem problem, OptimizationResult result) {
        if (!Double.isFinite(result.value())) {
            return false;
        }
        if (problem.knownMinimum().isPresent()) {
            double fStar = problem.knownMinimum().getAsDouble();
            return result.value() - fStar <= TOLERANCE * Math.max(1, Math.abs(fStar));
        }
        return result.converged();
    }
}
