package dev.curvature.linesearch;

import dev.curvature.api.spi.InitialStep;

/**
 * The per-run state shared by the initial-step rules that extrapolate from the previous search:
 * remembers α_{k−1}, f_{k−1} and φ'_{k−1}(0), uses the {@link FirstIterationStep} rule until a
 * step has been accepted, and falls back to α_{k−1} when the rule's value is not a finite positive
 * number (for instance when f did not change).
 */
abstract class PreviousStepGuess implements InitialStep.State {
    private final FirstIterationStep first;
    private boolean haveHistory;
    private double previousStep;
    private double previousValue;
    private double previousSlope;

    PreviousStepGuess(FirstIterationStep first) {
        this.first = first;
    }

    @Override
    public final double initial(int iteration, double value, double slope, double directionNorm) {
        if (!haveHistory) {
            return first.first(slope, directionNorm);
        }
        double alpha = fromHistory(value, slope, previousStep, previousValue, previousSlope);
        return alpha > 0 && Double.isFinite(alpha) ? alpha : previousStep;
    }

    @Override
    public final void accepted(double step, double value, double slope) {
        if (step > 0 && Double.isFinite(step) && Double.isFinite(value) && Double.isFinite(slope)) {
            haveHistory = true;
            previousStep = step;
            previousValue = value;
            previousSlope = slope;
        }
    }

    /**
     * The rule's α₀ at the current iterate.
     *
     * @param value f_k
     * @param slope φ'_k(0)
     * @param previousStep α_{k−1}
     * @param previousValue f_{k−1}
     * @param previousSlope φ'_{k−1}(0)
     */
    abstract double fromHistory(double value, double slope, double previousStep,
            double previousValue, double previousSlope);
}
