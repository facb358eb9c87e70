package dev.curvature.bench.jmh;

/**
 * What one solve did, for the counts in the performance table.
 *
 * @param iterations accepted steps up to the returned point
 * @param valueEvaluations objective calls that computed f (a value-and-gradient call counts here
 *     and below)
 * @param gradientEvaluations objective calls that computed ∇f
 * @param gradientNorm ‖∇f‖∞ at the returned point
 * @param reached whether ‖∇f‖∞ met the tolerance
 * @param stop how the run ended, in the solver's own words
 */
public record Outcome(int iterations, int valueEvaluations, int gradientEvaluations,
        double gradientNorm, boolean reached, String stop) {
}
