package dev.curvature.api;

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
     * Writes B_k·v into {@code out} at the current iterate (as used by trust regions).
     *
     * @param x the current iterate x_k (do not modify)
     * @param g the gradient at x_k, for models whose products are finite differences of
     *     gradients (do not modify)
     */
    void multiply(double[] x, double[] g, double[] v, double[] out);

    /**
     * Learns from an accepted step: s = x_{k+1} − x_k, y = g_{k+1} − g_k. The arrays are reused
     * by the driver after the call: copy what you keep.
     *
     * @param s the step
     * @param y the change of gradient
     * @param x the new iterate x_{k+1}
     * @param g the gradient at x_{k+1}
     */
    void update(double[] s, double[] y, double[] x, double[] g);

    /**
     * Forgets what the model has learnt, so that the next direction is a (scaled) steepest
     * descent; used when a direction failed (not a descent direction, or no acceptable step).
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
