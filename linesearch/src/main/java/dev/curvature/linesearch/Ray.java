package dev.curvature.linesearch;

import dev.curvature.api.spi.LineFunction;
import dev.curvature.api.spi.RunState;
import dev.curvature.api.spi.Vectors;

/**
 * φ(α) = f(x + α·p) over the run's current iterate and direction, evaluated into the run's trial
 * arrays. Remembers the last α evaluated (so the accepted point's value and gradient are reused,
 * not recomputed; {@link #valueAndSlope} right after {@link #value} at the same α adds ∇f alone)
 * and the best finite α seen (kept when the search fails). A value of −∞ is
 * handed to the search as +∞: a point where f is unbounded below is treated as outside f's
 * domain, so no search accepts it and no run returns it as its best point.
 *
 * <p>In a bounded run φ is defined on [0, α_max], α_max the step at which the line leaves the
 * box ({@link #maxStep()}), and every trial point is projected onto the box, which changes it
 * only by rounding (x + α·p can cross a bound by an ulp at α = α_max).
 */
final class Ray implements LineFunction {
    private final RunState state;
    private double slope;
    private double lastAlpha;
    /** φ(lastAlpha) when the last evaluation was {@link #value}, so lastHasGradient is false. */
    private double lastValue;
    private boolean lastHasGradient;
    private double bestAlpha;
    private double bestValue;
    private double maxStep = Double.POSITIVE_INFINITY;

    Ray(RunState state) {
        this.state = state;
    }

    /**
     * Starts a new line: forgets the previous one.
     *
     * @param maxStep α_max, the largest step that stays in the box (+∞ without bounds)
     */
    void begin(double maxStep) {
        this.maxStep = maxStep;
        lastAlpha = Double.NaN;
        lastHasGradient = false;
        bestAlpha = 0;
        bestValue = state.value();
    }

    private double evaluate(double alpha, boolean withGradient) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalStateException("line search asked for φ(" + alpha + ")");
        }
        place(alpha);
        double v;
        if (withGradient) {
            v = state.objective().valueAndGradient(state.trialPoint(), state.trialGradient());
            slope = Vectors.dot(state.trialGradient(), state.direction());
        } else {
            v = state.objective().value(state.trialPoint());
        }
        if (v == Double.NEGATIVE_INFINITY) {
            v = Double.POSITIVE_INFINITY; // f = −∞ is no minimum: outside f's domain, as +∞
        }
        lastAlpha = alpha;
        lastValue = v;
        lastHasGradient = withGradient;
        if (v < bestValue) { // false for NaN
            bestValue = v;
            bestAlpha = alpha;
        }
        return v;
    }

    @Override
    public double value(double alpha) {
        return evaluate(alpha, false);
    }

    /**
     * φ(α) and φ'(α); when the last call was {@link #value} at this α (lastHasGradient is false at
     * the same α only then), only ∇f is evaluated, for a search that asks for the slope once the
     * value has passed its test ({@link MoreThuente#withSlopeOnlyAfterDecrease}).
     */
    @Override
    public double valueAndSlope(double alpha) {
        if (alpha == lastAlpha && !lastHasGradient) {
            gradientAt(alpha);
            return lastValue;
        }
        return evaluate(alpha, true);
    }

    @Override
    public double slope() {
        return slope;
    }

    @Override
    public double maxStep() {
        return maxStep;
    }

    /** trial = x + α·p, projected onto the box of a bounded run. */
    private void place(double alpha) {
        Vectors.addScaled(state.point(), alpha, state.direction(), state.trialPoint());
        if (state.bounds() != null) {
            state.bounds().project(state.trialPoint(), state.trialPoint());
        }
    }

    /**
     * Leaves the point at α and its gradient in the trial arrays, evaluating only what the search
     * did not already compute there.
     *
     * @return false when the gradient there is not finite
     */
    boolean gradientAt(double alpha) {
        if (alpha != lastAlpha) {
            place(alpha);
            lastAlpha = alpha;
            lastHasGradient = false;
        }
        if (!lastHasGradient) {
            state.objective().gradient(state.trialPoint(), state.trialGradient());
            slope = Vectors.dot(state.trialGradient(), state.direction());
            lastHasGradient = true;
        }
        return Double.isFinite(slope); // a non-finite gᵢ makes gᵀp non-finite
    }

    /** The α with the lowest finite φ seen since {@link #begin()}; 0 if none beat φ(0). */
    double bestAlpha() {
        return bestAlpha;
    }

    double bestValue() {
        return bestValue;
    }
}
