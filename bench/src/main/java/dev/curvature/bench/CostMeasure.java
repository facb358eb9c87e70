package dev.curvature.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The costs t_{p,s} a {@link PerformanceProfile} compares, read from the rows of a comparison. A
 * run that did not solve its problem (by {@link dev.curvature.problems.Solved}) or was refused
 * costs {@code +∞}.
 *
 * <p>Why these measures: for the test problems shipped here one evaluation costs microseconds and
 * wall time is dominated by JIT compilation and timer resolution, so the evaluation counts are the
 * primary, reproducible measure (Dolan &amp; Moré 2002 §1 use iterations, evaluations or time
 * alike). {@link #EVALUATIONS} counts a dense Hessian (or one Hessian-vector product) as one
 * evaluation, like one f or one ∇f: that is the usual convention, and it flatters Newton-type
 * methods as n grows, which is why {@link #FUNCTION_GRADIENT_EVALUATIONS} (f and ∇f only) is drawn
 * too. A {@code valueAndGradient} call counts as one f and one ∇f in both.
 */
enum CostMeasure {
    /** f + ∇f + ∇²f evaluations (Hessian-vector products included in ∇²f). */
    EVALUATIONS("evaluations", "evaluations (f + ∇f + ∇²f)",
            "Cost = value + gradient + Hessian evaluations; a dense Hessian or one Hessian-vector"
                    + " product counts as one evaluation, like one f or one ∇f.",
            1, Row::evaluations),
    /** f + ∇f evaluations: the cost when Hessians are not available or not cheap. */
    FUNCTION_GRADIENT_EVALUATIONS("fg-evaluations", "evaluations (f + ∇f only)",
            "Cost = value + gradient evaluations, Hessians free: the fair view when a Hessian costs"
                    + " far more than a gradient (large n), which the count above hides.",
            1, r -> r.result().valueEvaluations() + r.result().gradientEvaluations()),
    /** Wall time of the run, in seconds. */
    TIME("time", "wall time",
            "Cost = wall time of the run. Each method runs once untimed first, but runs of small"
                    + " problems take microseconds, so this profile is noisy: read the evaluation"
                    + " profiles first.",
            1e-9, Row::seconds);

    private final String fileStem;
    private final String title;
    private final String explanation;
    private final double floor;
    private final ToDoubleFunction<Row> cost;

    CostMeasure(String fileStem, String title, String explanation, double floor,
            ToDoubleFunction<Row> cost) {
        this.fileStem = fileStem;
        this.title = title;
        this.explanation = explanation;
        this.floor = floor;
        this.cost = cost;
    }

    /** What the measure counts and how to read its profile, one short paragraph. */
    String explanation() {
        return explanation;
    }

    /** The file name without extension, e.g. {@code performance-profile-evaluations}. */
    String fileName() {
        return "performance-profile-" + fileStem;
    }

    /** The measure in words, for chart titles. */
    String title() {
        return title;
    }

    /**
     * The cost of one row: {@code +∞} unless it solved its problem; otherwise the measure, at least
     * one unit (1 evaluation, 1 ns) so that ratios stay defined.
     */
    double of(Row row) {
        if (row.result() == null || !row.solved()) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(floor, cost.applyAsDouble(row));
    }

    /**
     * The profile of these rows: one problem per (problem, n, start) instance in order of first
     * appearance, one solver per method of {@code methods}; a method missing from an instance
     * counts as a failure there.
     */
    PerformanceProfile profile(List<Row> rows, List<String> methods) {
        Map<String, double[]> instances = new LinkedHashMap<>();
        for (Row r : rows) {
            int s = methods.indexOf(r.method());
            if (s < 0) {
                continue;
            }
            double[] costs = instances.computeIfAbsent(r.problem() + "\u0000" + r.n() + "\u0000" + r.startScale(),
                    k -> {
                        double[] c = new double[methods.size()];
                        Arrays.fill(c, Double.POSITIVE_INFINITY);
                        return c;
                    });
            costs[s] = of(r);
        }
        return PerformanceProfile.of(methods, instances.values().toArray(new double[0][]));
    }
}
