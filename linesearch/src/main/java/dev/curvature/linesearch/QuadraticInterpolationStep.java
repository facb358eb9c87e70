package dev.curvature.linesearch;


/**
 * The initial step from the quadratic interpolating f_{k−1}, f_k and φ'_k(0), whose minimizer is
 * where the function would decrease by as much as in the previous iteration (Nocedal &amp; Wright,
 * 2nd ed., §3.5 "Initial step length", p. 59: the quadratic through f(x_{k−1}), f(x_k) and
 * φ'(0), then the safeguard α₀ ← min(1, 1.01·α₀) they give for Newton and quasi-Newton methods):
 * <pre>
 *   α₀ = min(maxStep, 1.01 · 2(f_k − f_{k−1}) / φ'_k(0)).
 * </pre>
 * With maxStep = 1 (the default) the unit step is proposed as soon as the predicted step comes
 * near 1, so superlinear convergence of Newton and quasi-Newton methods is kept, while the early
 * iterations — where f drops by large amounts relative to the slope — start from a step fitted to
 * the function. The first search of a run uses the {@link FirstIterationStep} rule (α₀ = 1/‖p₀‖∞
 * by default); a rule value that is not positive and finite (f did not change) falls back to
 * α_{k−1}.
 *
 * <p>Where it suits: quasi-Newton and Newton methods whose early steps are much shorter than 1,
 * and (with {@code withMaxStep(Double.POSITIVE_INFINITY)}) steepest descent and nonlinear
 * conjugate gradients, whose directions are not naturally scaled.
 *
 * <p>Immutable and thread-safe; each run gets its own {@link dev.curvature.api.spi.InitialStep.State}.
 */
public final class QuadraticInterpolationStep extends PreviousStepRule<QuadraticInterpolationStep> {
    /** The factor 1.01 of N&amp;W's safeguard, which lets the step reach exactly 1. */
    private static final double OVERSHOOT = 1.01;

    private static final QuadraticInterpolationStep DEFAULT = new QuadraticInterpolationStep(FirstIterationStep.inverseMaxNorm(), 1.0);

    private QuadraticInterpolationStep(FirstIterationStep first, double maxStep) {
        super(first, maxStep);
    }

    /** Quadratic-interpolation step capped at 1, first step 1/‖p₀‖∞. */
    public static QuadraticInterpolationStep defaults() {
        return DEFAULT;
    }

    @Override
    QuadraticInterpolationStep with(FirstIterationStep first, double maxStep) {
        return new QuadraticInterpolationStep(first, maxStep);
    }

    @Override
    double rule(double value, double slope, double previousStep, double previousValue,
            double previousSlope) {
        return OVERSHOOT * 2 * (value - previousValue) / slope;
    }
}
