package dev.curvature.bench;

import dev.curvature.api.OptimizationResult;
import dev.curvature.problems.Solved;
import dev.curvature.problems.TestProblem;

/**
 * One run of a comparison: a method on a problem from a multiple of its start point.
 *
 * @param method the method's name
 * @param problem the problem's name
 * @param n its dimension
 * @param startScale the multiple of the standard start (1, 10, 100)
 * @param result the run's result, null when the method refused the problem
 * @param fStar the problem's known minimum, NaN when unknown
 * @param bounded whether the problem is bound-constrained (run with its box)
 * @param solved by {@link Solved#by(TestProblem, OptimizationResult, double)}
 * @param error why the method refused the problem (or its bounds), null otherwise
 */
record Row(String method, String problem, int n, double startScale, OptimizationResult result,
        double fStar, boolean bounded, boolean solved, String error) {

    /**
     * A finished run; {@code gradientTolerance} is the method's, against which a bounded
     * problem's projected gradient is judged.
     */
    static Row of(String method, TestProblem p, double startScale, OptimizationResult r,
            double gradientTolerance) {
        return new Row(method, p.name(), p.dimension(), startScale, r,
                p.knownMinimum().orElse(Double.NaN), p.bounds().isPresent(),
                Solved.by(p, r, gradientTolerance), null);
    }

    static Row refused(String method, TestProblem p, double startScale, String error) {
        return new Row(method, p.name(), p.dimension(), startScale, null,
                p.knownMinimum().orElse(Double.NaN), p.bounds().isPresent(), false, error);
    }

    /** "solved", the termination reason, or "refused". */
    String status() {
        if (result == null) {
            return "refused";
        }
        return solved ? "solved" : result.termination().name();
    }

    /** f + ∇f + ∇²f evaluations: the cost measure of the evaluation profile. */
    int evaluations() {
        return result == null ? 0
                : result.valueEvaluations() + result.gradientEvaluations() + result.hessianEvaluations();
    }

    double seconds() {
        return result == null ? Double.NaN : result.elapsed().toNanos() * 1e-9;
    }

    /** ‖P(x − ∇f) − x‖∞ at the returned point (‖∇f‖∞ when unconstrained); NaN when refused. */
    double projectedGradientNorm() {
        return result == null ? Double.NaN : result.projectedGradientNorm();
    }

    /** The number of bounds active at the returned point; 0 when refused. */
    int activeBounds() {
        return result == null ? 0 : result.activeSet().length;
    }

    double gap() {
        return result == null ? Double.NaN : result.value() - fStar;
    }
}
