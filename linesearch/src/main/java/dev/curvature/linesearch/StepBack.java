package dev.curvature.linesearch;

/**
 * The common policy of the Wolfe searches for a trial α where φ or φ' is not finite (the
 * {@link dev.curvature.api.spi.LineSearch} contract: shrink, do not fail): the next trial moves from
 * the failed α back towards the last point known to be finite, halving the distance on the first
 * failure in a row, quartering it on the second, and so on (distance × 2⁻ᵏ after k consecutive
 * failures). Plain halving would need about 50 evaluations to come back from a first trial
 * 10¹⁵ times too long; the accelerating factor needs about 10, and a single failure still only
 * halves the step.
 */
final class StepBack {
    private StepBack() {
    }

    /**
     * The next trial after {@code consecutive} (≥ 1) non-finite trials in a row.
     *
     * @param finite the last α with finite φ and φ' (the search's best point)
     * @param failed the α just found non-finite
     * @param consecutive failures in a row, including this one
     */
    static double towards(double finite, double failed, int consecutive) {
        return finite + Math.scalb(failed - finite, -Math.min(consecutive, 60));
    }
}
