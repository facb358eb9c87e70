package dev.curvature.linesearch;

import dev.curvature.api.spi.InitialStep;

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
 * {@link InitialStep.State}.
 */
public final class ScaledPreviousStep extends PreviousStepRule<ScaledPreviousStep> {
    private static final ScaledPreviousStep DEFAULT = new ScaledPreviousStep(FirstIterationStep.inverseMaxNorm(), Double.POSITIVE_INFINITY);

    private ScaledPreviousStep(FirstIterationStep first, double maxStep) {
        super(first, maxStep);
    }

    /** Scaled previous step, first step 1/‖p₀‖∞, no cap. */
    public static ScaledPreviousStep defaults() {
        return DEFAULT;
    }

    @Override
    ScaledPreviousStep with(FirstIterationStep first, double maxStep) {
        return new ScaledPreviousStep(first, maxStep);
    }

    @Override
    double rule(double value, double slope, double previousStep, double previousValue,
            double previousSlope) {
        return previousStep * (previousSlope / slope);
    }
}
