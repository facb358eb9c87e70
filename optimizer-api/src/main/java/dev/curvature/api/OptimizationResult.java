package dev.curvature.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of one run: the best point seen (never worse than the start point), its value and
 * gradient, the work done and why the run ended.
 *
 * @param point the best point seen; a fresh array owned by the caller
 * @param value f at {@code point}
 * @param gradient ∇f at {@code point}; a fresh array owned by the caller
 * @param gradientNorm ‖∇f(point)‖∞
 * @param iterations the number of accepted steps
 * @param valueEvaluations calls that computed f (including {@code valueAndGradient})
 * @param gradientEvaluations calls that computed ∇f (including {@code valueAndGradient})
 * @param hessianEvaluations dense Hessians plus Hessian-vector products plus Hessian diagonals
 *     ({@link HessianDiagonal}) computed
 * @param termination why the run ended
 * @param elapsed wall time of the run
 * @param message the termination in words and numbers, e.g.
 *     "Gradient tolerance reached: ‖g‖∞ = 3.1e-11 ≤ 1.0e-08"
 * @param cause the exception behind {@link TerminationReason#OBJECTIVE_FAILED} or a listener
 *     failure; empty otherwise
 * @param secondOrder whether ∇²f at {@code point} is known to be positive definite; checked by
 *     Hessian-based methods when the gradient test is met
 * @param projectedGradientNorm the first-order measure ‖P(x − ∇f(x)) − x‖∞ at {@code point},
 *     P the projection onto the bounds ({@link Bounds#projectedGradientNorm}); equal to
 *     {@code gradientNorm} for an unconstrained run
 * @param activeSet the indices i where {@code point} lies on a bound, in increasing order; empty
 *     for an unconstrained run (a fresh array owned by the caller)
 * @param startProjected true when x0 lay outside the bounds and the run started from its
 *     projection P(x0)
 */
public record OptimizationResult(
        double[] point,
        double value,
        double[] gradient,
        double gradientNorm,
        int iterations,
        int valueEvaluations,
        int gradientEvaluations,
        int hessianEvaluations,
        TerminationReason termination,
        Duration elapsed,
        String message,
        Optional<Throwable> cause,
        SecondOrder secondOrder,
        double projectedGradientNorm,
        int[] activeSet,
        boolean startProjected) {

    /** The result of an unconstrained run: the projected gradient is the gradient. */
    public OptimizationResult(double[] point, double value, double[] gradient, double gradientNorm,
            int iterations, int valueEvaluations, int gradientEvaluations, int hessianEvaluations,
            TerminationReason termination, Duration elapsed, String message,
            Optional<Throwable> cause, SecondOrder secondOrder) {
        this(point, value, gradient, gradientNorm, iterations, valueEvaluations,
                gradientEvaluations, hessianEvaluations, termination, elapsed, message, cause,
                secondOrder, gradientNorm, new int[0], false);
    }

    /** True when a convergence test was met ({@link TerminationReason#converged()}). */
    public boolean converged() {
        return termination.converged();
    }

    @Override
    public String toString() {
        return String.format("%s%n  f = %.10e, ‖g‖∞ = %.3e after %d iterations"
                        + " (%d f, %d ∇f, %d ∇²f evaluations) in %d ms",
                message, value, gradientNorm, iterations, valueEvaluations, gradientEvaluations,
                hessianEvaluations, elapsed.toMillis());
    }
}
