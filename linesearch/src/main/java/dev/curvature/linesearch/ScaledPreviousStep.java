package dev.curvature.linesearch;

import dev.curvature.api.Checks;
import dev.curvature.api.InitialStep;

/**
 * The initial step that assumes the first-order change along the direction is the same as in the
 * previous iteration (Nocedal &amp; Wright, 2nd ed., §3.5 "Initial step length", p. 59):
 * <pre>
 *   α₀ = α_{k−1} · φ'_{k−1}(0) / φ'_k(0),     capped at maxStep.
 * </pre>
 * The first search of a run uses the {@link FirstIterationStep} rule (α₀ = 1/‖p₀‖∞ by default).
 *
 * <p>Where it suits: methods whose directions are <em>not</em> naturally scaled — steepest
 * descent and nonlinear conjugate gradients — where α = 1 means nothing and the previous step's
 * scale is the best information available (N&amp;W p. 59). Not for Newton or quasi-Newton
 * directions, whose natural step is 1: there use {@link InitialStep#UNIT},
 * {@link FirstIterationStep} or {@link QuadraticInterpolationStep}, which keeps trying α = 1.
 *
 * <p>Default: no cap (maxStep = ∞). Immutable and thread-safe; each run gets its own
 * {@link Guess}.
 */
public final class ScaledPreviousStep implements InitialStep {
    private static final ScaledPreviousStep DEFAULT =
            new ScaledPreviousStep(FirstIterationStep.inverseMaxNorm(), Double.POSITIVE_INFINITY);

    private final FirstIterationStep first;
    private final double maxStep;

    private ScaledPreviousStep(FirstIterationStep first, double maxStep) {
        this.first = first;
        this.maxStep = maxStep;
    }

    /** Scaled previous step, first step 1/‖p₀‖∞, no cap. */
    public static ScaledPreviousStep defaults() {
        return DEFAULT;
    }

    /** The rule for the first search of a run. */
    public ScaledPreviousStep withFirst(FirstIterationStep first) {
        return new ScaledPreviousStep(Checks.notNull(first, "first"), maxStep);
    }

    /** The largest α₀ this rule proposes (&gt; 0; {@code Double.POSITIVE_INFINITY} for none). */
    public ScaledPreviousStep withMaxStep(double maxStep) {
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be positive, was " + maxStep);
        }
        return new ScaledPreviousStep(first, maxStep);
    }

    @Override
    public Guess start() {
        return new PreviousStepGuess(first) {
            @Override
            double fromHistory(double value, double slope, double previousStep,
                    double previousValue, double previousSlope) {
                return Math.min(maxStep, previousStep * (previousSlope / slope));
            }
        };
    }

    @Override
    public String toString() {
        return "ScaledPreviousStep[first=" + first + ", maxStep=" + maxStep + "]";
    }
}
