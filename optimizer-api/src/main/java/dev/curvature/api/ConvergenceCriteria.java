package dev.curvature.api;

import dev.curvature.api.spi.Checks;
import java.time.Duration;

/**
 * When a run stops: the convergence tests and the budgets. Immutable; change a value with the
 * {@code with…} methods, each of which validates its argument and returns a new instance.
 *
 * <p>Tests, checked after every accepted step (and the gradient test at the start point too):
 * <ul>
 *   <li>gradient: ‖g_k‖∞ ≤ {@code gradientTolerance}, or ‖g_k‖∞ ≤
 *       {@code relativeGradientTolerance}·max(1, |f_k|) → {@link TerminationReason#GRADIENT_TOLERANCE};
 *   <li>function change: |f_{k−1} − f_k| ≤ {@code valueTolerance}·max(1, |f_k|)
 *       → {@link TerminationReason#VALUE_TOLERANCE};
 *   <li>step: ‖x_k − x_{k−1}‖∞ ≤ {@code stepTolerance}·max(1, ‖x_k‖∞)
 *       → {@link TerminationReason#STEP_TOLERANCE}.
 * </ul>
 * Budgets, checked before each iteration: {@code maxIterations}, {@code maxEvaluations} (calls to
 * the objective that compute f or ∇f; a {@code valueAndGradient} call counts once), the wall-time
 * limit, and the thread's interrupt flag.
 *
 * <p>Defaults and their sources:
 * <ul>
 *   <li>{@code gradientTolerance = 1e-8}: Optim.jl's {@code g_abstol} (infinity norm, as here);
 *   <li>{@code relativeGradientTolerance = 0} (off), {@code valueTolerance = 0},
 *       {@code stepTolerance = 0}: Optim.jl's {@code f_reltol}, {@code x_abstol}; at zero the
 *       value and step tests fire only when an iteration makes no change at all, which is the
 *       honest signal that rounding has stalled the run;
 *   <li>{@code maxIterations = 1000}: Optim.jl's {@code iterations};
 *   <li>{@code maxEvaluations = 15000}: SciPy L-BFGS-B's {@code maxfun};
 *   <li>no time limit.
 * </ul>
 * Rationale: docs/defaults.md#convergence-criteria.
 */
public final class ConvergenceCriteria {

    private static final ConvergenceCriteria DEFAULTS =
            new ConvergenceCriteria(1e-8, 0, 0, 0, 1000, 15000, Long.MAX_VALUE);

    private final double gradientTolerance;
    private final double relativeGradientTolerance;
    private final double valueTolerance;
    private final double stepTolerance;
    private final int maxIterations;
    private final int maxEvaluations;
    private final long timeLimitNanos;

    private ConvergenceCriteria(double gradientTolerance, double relativeGradientTolerance,
            double valueTolerance, double stepTolerance, int maxIterations, int maxEvaluations,
            long timeLimitNanos) {
        this.gradientTolerance = gradientTolerance;
        this.relativeGradientTolerance = relativeGradientTolerance;
        this.valueTolerance = valueTolerance;
        this.stepTolerance = stepTolerance;
        this.maxIterations = maxIterations;
        this.maxEvaluations = maxEvaluations;
        this.timeLimitNanos = timeLimitNanos;
    }

    /** The documented defaults. */
    public static ConvergenceCriteria defaults() {
        return DEFAULTS;
    }

    /** Absolute tolerance on ‖∇f‖∞ (≥ 0). */
    public ConvergenceCriteria withGradientTolerance(double tolerance) {
        return new ConvergenceCriteria(Checks.nonNegative(tolerance, "gradientTolerance"),
                relativeGradientTolerance, valueTolerance, stepTolerance, maxIterations,
                maxEvaluations, timeLimitNanos);
    }

    /** Tolerance on ‖∇f‖∞ / max(1, |f|) (≥ 0; 0 turns the test off). */
    public ConvergenceCriteria withRelativeGradientTolerance(double tolerance) {
        return new ConvergenceCriteria(gradientTolerance,
                Checks.nonNegative(tolerance, "relativeGradientTolerance"), valueTolerance,
                stepTolerance, maxIterations, maxEvaluations, timeLimitNanos);
    }

    /** Tolerance on |Δf| / max(1, |f|) over one iteration (≥ 0). */
    public ConvergenceCriteria withValueTolerance(double tolerance) {
        return new ConvergenceCriteria(gradientTolerance, relativeGradientTolerance,
                Checks.nonNegative(tolerance, "valueTolerance"), stepTolerance, maxIterations,
                maxEvaluations, timeLimitNanos);
    }

    /** Tolerance on ‖Δx‖∞ / max(1, ‖x‖∞) over one iteration (≥ 0). */
    public ConvergenceCriteria withStepTolerance(double tolerance) {
        return new ConvergenceCriteria(gradientTolerance, relativeGradientTolerance,
                valueTolerance, Checks.nonNegative(tolerance, "stepTolerance"), maxIterations,
                maxEvaluations, timeLimitNanos);
    }

    /** Maximum number of iterations (≥ 0; 0 evaluates the start point only). */
    public ConvergenceCriteria withMaxIterations(int max) {
        return new ConvergenceCriteria(gradientTolerance, relativeGradientTolerance,
                valueTolerance, stepTolerance, Checks.nonNegative(max, "maxIterations"),
                maxEvaluations, timeLimitNanos);
    }

    /** Maximum number of objective calls computing f or ∇f (≥ 1: the start point needs one). */
    public ConvergenceCriteria withMaxEvaluations(int max) {
        return new ConvergenceCriteria(gradientTolerance, relativeGradientTolerance,
                valueTolerance, stepTolerance, maxIterations, Checks.positive(max, "maxEvaluations"),
                timeLimitNanos);
    }

    /** Wall-time limit (positive), checked between iterations. */
    public ConvergenceCriteria withTimeLimit(Duration limit) {
        Checks.notNull(limit, "timeLimit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + limit);
        }
        long nanos;
        try {
            nanos = limit.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE;
        }
        return new ConvergenceCriteria(gradientTolerance, relativeGradientTolerance,
                valueTolerance, stepTolerance, maxIterations, maxEvaluations, nanos);
    }

    public double gradientTolerance() {
        return gradientTolerance;
    }

    public double relativeGradientTolerance() {
        return relativeGradientTolerance;
    }

    public double valueTolerance() {
        return valueTolerance;
    }

    public double stepTolerance() {
        return stepTolerance;
    }

    public int maxIterations() {
        return maxIterations;
    }

    public int maxEvaluations() {
        return maxEvaluations;
    }

    /** The time limit in nanoseconds; {@link Long#MAX_VALUE} when there is none. */
    public long timeLimitNanos() {
        return timeLimitNanos;
    }

    /** True when ‖g‖∞ meets the absolute or the relative gradient test at value f. */
    public boolean gradientConverged(double gradientNorm, double f) {
        return gradientNorm <= gradientTolerance
                || gradientNorm <= relativeGradientTolerance * Math.max(1, Math.abs(f));
    }

    /** True when the change from fPrevious to f meets the function-change test. */
    public boolean valueConverged(double fPrevious, double f) {
        return Math.abs(fPrevious - f) <= valueTolerance * Math.max(1, Math.abs(f));
    }

    /** True when a step of infinity norm stepNorm to a point of norm xNorm meets the step test. */
    public boolean stepConverged(double stepNorm, double xNorm) {
        return stepNorm <= stepTolerance * Math.max(1, xNorm);
    }

    @Override
    public String toString() {
        return "ConvergenceCriteria[gradientTolerance=" + gradientTolerance
                + ", relativeGradientTolerance=" + relativeGradientTolerance
                + ", valueTolerance=" + valueTolerance + ", stepTolerance=" + stepTolerance
                + ", maxIterations=" + maxIterations + ", maxEvaluations=" + maxEvaluations
                + ", timeLimit=" + (timeLimitNanos == Long.MAX_VALUE ? "none"
                        : Duration.ofNanos(timeLimitNanos)) + "]";
    }
}
