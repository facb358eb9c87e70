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
 * @param solved by {@link Solved#by}
 * @param error why the method refused the problem, null otherwise
 */
record Row(String method, String problem, int n, double startScale, OptimizationResult result,
        double fStar, boolean solved, String error) {

    static Row of(String method, TestProblem p, double startScale, OptimizationResult r) {
        return new Row(method, p.name(), p.dimension(), startScale, r,
                p.knownMinimum().orElse(Double.NaN), Solved.by(p, r), null);
    }

    static Row refused(String method, TestProblem p, double startScale, String error) {
        return new Row(method, p.name(), p.dimension(), startScale, null,
                p.knownMinimum().orElse(Double.NaN), false, error);
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

    double gap() {
        return result == null ? Double.NaN : result.value() - fStar;
    }
}
