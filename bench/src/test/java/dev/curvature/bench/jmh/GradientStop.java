package dev.curvature.bench.jmh;

import dev.curvature.api.Objective;

/**
 * The objective as the other libraries see it, with the common stopping rule: it counts
 * evaluations and, after every gradient evaluation, ends the run by throwing {@link #CONVERGED}
 * as soon as ‖∇f‖∞ ≤ tolerance — the test Curvature applies to its iterates, applied here to
 * every point where the library asks for a gradient (at worst a point its line search would
 * still have rejected, which can only shorten the peer's run). Each library's own tests are set
 * as loose as it allows, so that this rule decides. One instance per run.
 */
public final class GradientStop {
    /** Thrown to end a run; preallocated and without a stack trace, so it costs nothing. */
    public static final RuntimeException CONVERGED =
            new RuntimeException("‖∇f‖∞ ≤ tolerance", null, false, false) {
                private static final long serialVersionUID = 1L;
            };

    private final Objective objective;
    private final double tolerance;
    private int values;
    private int gradients;
    private double lastGradientNorm = Double.NaN;
    private boolean reached;

    /**
     * @param objective the problem's objective
     * @param tolerance the goal ‖∇f‖∞ ≤ tolerance
     */
    public GradientStop(Objective objective, double tolerance) {
        this.objective = objective;
        this.tolerance = tolerance;
    }

    /** f(x), counted. */
    public double value(double[] x) {
        values++;
        return objective.value(x);
    }

    /** f(x) and ∇f(x), counted as one evaluation of each; throws {@link #CONVERGED} at the goal. */
    public double valueAndGradient(double[] x, double[] g) {
        values++;
        gradients++;
        double f = objective.valueAndGradient(x, g);
        double norm = 0;
        for (int i = 0; i < g.length; i++) {
            norm = Math.max(norm, Math.abs(g[i]));
        }
        lastGradientNorm = norm;
        if (norm <= tolerance) {
            reached = true;
            throw CONVERGED;
        }
        return f;
    }

    public int valueEvaluations() {
        return values;
    }

    public int gradientEvaluations() {
        return gradients;
    }

    /** Whether a gradient evaluation has met the goal (and ended the run). */
    public boolean reached() {
        return reached;
    }

    /** ‖∇f‖∞ at the last gradient evaluation. */
    public double lastGradientNorm() {
        return lastGradientNorm;
    }

    /** The outcome of a run that took {@code iterations} steps and ended with {@code stop}. */
    public Outcome outcome(int iterations, String stop) {
        return new Outcome(iterations, values, gradients, lastGradientNorm, reached,
                reached ? "‖∇f‖∞ ≤ " + tolerance : stop);
    }
}
