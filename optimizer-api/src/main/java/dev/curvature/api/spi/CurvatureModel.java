package dev.curvature.api.spi;

import dev.curvature.api.Bounds;
import dev.curvature.api.SecondOrder;

/**
 * The per-run curvature model B_k ≈ ∇²f(x_k) of a {@link CurvatureProvider}: it gives the search
 * direction, multiplies by its matrix, and learns from accepted steps. Mutable, one per run.
 */
public interface CurvatureModel {

    /**
     * Writes the model's direction p_k = −B_k⁻¹ g_k at the current iterate into {@code out}.
     *
     * @param x the current iterate x_k (do not modify)
     * @param g the gradient at x_k (do not modify)
     * @param out receives the direction
     */
    DirectionStatus direction(double[] x, double[] g, double[] out);

    /**
     * Writes a direction d_k for a run in the box {@code bounds} (x_k in the box): x_k + d_k lies
     * in the box and minimizes (approximately) the model on it — for L-BFGS-B the step to the
     * subspace minimizer from the generalized Cauchy point (Byrd, Lu, Nocedal &amp; Zhu 1995).
     * Called instead of {@link #direction} by line searches under bounds, only for models whose
     * provider says {@link CurvatureProvider#providesBoundedDirection()}.
     *
     * @throws UnsupportedOperationException for other models (the default)
     */
    default DirectionStatus boundedDirection(double[] x, double[] g, Bounds bounds,
            double[] out) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " computes no direction under bounds");
    }

    /**
     * Writes B_k·v into {@code out} at the current iterate (as used by trust regions).
     *
     * @param x the current iterate x_k (do not modify)
     * @param g the gradient at x_k, for models whose products are finite differences of
     *     gradients (do not modify)
     */
    void multiply(double[] x, double[] g, double[] v, double[] out);

    /**
     * Learns from a step; called by the driver only, after every accepted step and, when the
     * globalization hands them over (SR1's trust region, N&amp;W Algorithm 6.2), after refused
     * trust-region trials ({@link StepRecord#accepted()} false: the iterate did not move; a model
     * that cannot use such a step ignores it). The record and its arrays are reused by the driver
     * after the call: copy what you keep.
     */
    void update(StepRecord step);

    /**
     * Inner iterations (conjugate-gradient steps) spent by the last {@link #direction} call, for
     * the iteration record; 0 (the default) for models that solve directly.
     */
    default int innerIterations() {
        return 0;
    }

    /**
     * Forgets what the model has learnt, so that the next direction is a (scaled) steepest
     * descent; called by the driver only, when a direction or step failed (not a descent direction, or no acceptable step).
     *
     * @return false when the next direction would be steepest descent anyway, so a retry is
     *     pointless
     */
    boolean reset();

    /**
     * Called when the gradient test passes at x: what the model knows of ∇²f(x). Models without
     * a Hessian answer {@link SecondOrder#UNCHECKED} (the default). A Hessian check may cost one
     * Hessian evaluation.
     */
    default SecondOrder checkSecondOrder(double[] x, double[] g) {
        return SecondOrder.UNCHECKED;
    }

    /**
     * Called after {@link #checkSecondOrder} found ∇²f(x) not positive definite. A saddle-aware
     * model that can leave the point returns true and makes its next {@link #direction} a
     * direction of negative curvature ({@link DirectionStatus#NEGATIVE_CURVATURE}); the default
     * returns false and the run ends there.
     */
    default boolean escapeSaddle(double[] x, double[] g) {
        return false;
    }
}
