package dev.curvature.linesearch;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.InitialStep;

/**
 * A first trial step scaled to the direction, α₀ = s/‖p₀‖∞, for the first search of a run, and
 * α₀ = 1 for every later search. The first trial then moves no component of x by more than s (by
 * default 1): a scale-aware start when the first direction carries no curvature information — the
 * steepest-descent step −g₀ with which BFGS, L-BFGS and nonlinear CG begin (H₀ = I), whose length
 * is that of the gradient and may be wildly off. Later quasi-Newton and Newton directions have
 * the natural step 1 (Nocedal &amp; Wright, 2nd ed., §3.5 "Initial step length": "α₀ = 1 should
 * always be tried first" for them). The same rule makes the first step of
 * {@link ScaledPreviousStep} and {@link QuadraticInterpolationStep}.
 *
 * <p>Source: the scaling of the first step by the size of the direction is the usual choice of
 * L-BFGS codes (Liu &amp; Nocedal's driver starts with α₀ = 1/‖g₀‖₂; here the infinity norm, so
 * the bound holds per component). When ‖p₀‖∞ is zero or not finite, α₀ = 1.
 *
 * <p>{@link #inverseSlopeRoot()} scales by the first slope instead: α₀ = s/√|g₀ᵀp₀|. For the
 * steepest-descent first direction p₀ = −g₀ this is s/‖g₀‖₂ = s/‖p₀‖₂, the first step of Liu
 * &amp; Nocedal's {@code lbfgs.f} (STP1 = 1/‖g₀‖) and of L-BFGS-B ({@code lnsrlb}: min(1/‖d‖₂,
 * stpmax) on the first iteration; Zhu, Byrd, Lu &amp; Nocedal 1997). For p₀ = −g₀ it is never
 * larger than the ∞-norm rule's step (√(gᵀg) ≥ ‖g‖∞), so the first trial of a large gradient
 * stays closer to x₀; for a scaled first direction (p₀ = −Wg₀) it is 1/√(g₀ᵀWg₀), the
 * steepest-descent step in the W-norm.
 *
 * <p>Immutable and thread-safe; each run gets its own {@link InitialStep.State}.
 */
public final class FirstIterationStep implements InitialStep {
    private static final FirstIterationStep DEFAULT = new FirstIterationStep(1.0, false);
    private static final FirstIterationStep SLOPE_ROOT = new FirstIterationStep(1.0, true);

    private final double scale;
    private final boolean slopeRoot;

    private FirstIterationStep(double scale, boolean slopeRoot) {
        this.scale = scale;
        this.slopeRoot = slopeRoot;
    }

    /** α₀ = 1/‖p₀‖∞ on the first search, then 1. */
    public static FirstIterationStep inverseMaxNorm() {
        return DEFAULT;
    }

    /**
     * α₀ = 1/√|g₀ᵀp₀| on the first search (1/‖g₀‖₂ for p₀ = −g₀, as L-BFGS and L-BFGS-B), then 1.
     */
    public static FirstIterationStep inverseSlopeRoot() {
        return SLOPE_ROOT;
    }

    /**
     * The same rule with α₀ = scale/‖p₀‖∞ (or scale/√|g₀ᵀp₀|) on the first search (scale &gt; 0:
     * the largest first move per component, or the length of the first steepest-descent move).
     */
    public FirstIterationStep withScale(double scale) {
        return new FirstIterationStep(Checks.positive(scale, "scale"), slopeRoot);
    }

    /** True for the rule of {@link #inverseSlopeRoot()}. */
    public boolean slopeRoot() {
        return slopeRoot;
    }

    /** The largest first move per component, s. */
    public double scale() {
        return scale;
    }

    /**
     * The first-search step for the slope φ'(0) and ‖p‖∞ of the first direction: s/‖p‖∞, or
     * s/√|φ'(0)| for {@link #inverseSlopeRoot()}; 1 when that is not a finite positive number.
     */
    double first(double slope, double directionNorm) {
        double alpha = slopeRoot ? scale / Math.sqrt(Math.abs(slope)) : scale / directionNorm;
        return alpha > 0 && Double.isFinite(alpha) ? alpha : 1.0;
    }

    @Override
    public State start() {
        return new State() {
            private boolean accepted;

            @Override
            public double initial(int iteration, double value, double slope, double directionNorm) {
                return accepted ? 1.0 : first(slope, directionNorm);
            }

            /**
             * L-BFGS-B's first step in a box (Algorithm 778's {@code lnsrlb}): 1 when every
             * variable is boxed, else min(s/‖d‖₂, 1) for the slope-root rule (s/‖d‖₂ is its
             * 1/√|gᵀd| when d = −g); later searches 1.
             */
            @Override
            public double initialInBox(int iteration, double value, double slope,
                    double directionNorm, double euclideanNorm, boolean boxed) {
                if (accepted || !slopeRoot) {
                    return initial(iteration, value, slope, directionNorm);
                }
                double alpha = boxed ? 1.0 : Math.min(1.0, scale / euclideanNorm);
                return alpha > 0 && Double.isFinite(alpha) ? alpha : 1.0;
            }

            @Override
            public void accepted(double step, double value, double slope) {
                accepted = true;
            }
        };
    }

    @Override
    public String toString() {
        return "FirstIterationStep[scale=" + scale + (slopeRoot ? ", slopeRoot" : "") + "]";
    }
}
