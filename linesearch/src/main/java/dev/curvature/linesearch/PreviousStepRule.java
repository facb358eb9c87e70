package dev.curvature.linesearch;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.InitialStep;

/**
 * The configuration shared by the initial-step rules that extrapolate from the previous search
 * ({@link ScaledPreviousStep}, {@link QuadraticInterpolationStep}): the rule for the first search
 * of a run and a cap on α₀. Immutable; each {@link #start()} gives a fresh
 * {@link PreviousStepGuess}.
 *
 * @param <T> the concrete rule, returned by the {@code with…} methods
 */
abstract class PreviousStepRule<T extends PreviousStepRule<T>> implements InitialStep {
    private final FirstIterationStep first;
    private final double maxStep;

    PreviousStepRule(FirstIterationStep first, double maxStep) {
        this.first = first;
        this.maxStep = maxStep;
    }

    /** A copy of this rule with the given settings. */
    abstract T with(FirstIterationStep first, double maxStep);

    /**
     * The uncapped α₀ of the rule at the current iterate (see {@link PreviousStepGuess}).
     *
     * @param value f_k
     * @param slope φ'_k(0)
     * @param previousStep α_{k−1}
     * @param previousValue f_{k−1}
     * @param previousSlope φ'_{k−1}(0)
     */
    abstract double rule(double value, double slope, double previousStep, double previousValue,
            double previousSlope);

    /** The rule for the first search of a run. */
    public T withFirst(FirstIterationStep first) {
        return with(Checks.notNull(first, "first"), maxStep);
    }

    /** The largest α₀ this rule proposes (&gt; 0; {@code Double.POSITIVE_INFINITY} for none). */
    public T withMaxStep(double maxStep) {
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be positive, was " + maxStep);
        }
        return with(first, maxStep);
    }

    @Override
    public final State start() {
        return new PreviousStepGuess(first) {
            @Override
            double fromHistory(double value, double slope, double previousStep,
                    double previousValue, double previousSlope) {
                return Math.min(maxStep, rule(value, slope, previousStep, previousValue, previousSlope));
            }
        };
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[first=" + first + ", maxStep=" + maxStep + "]";
    }
}
