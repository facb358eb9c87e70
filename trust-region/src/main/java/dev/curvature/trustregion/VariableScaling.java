package dev.curvature.trustregion;

/**
 * A curvature model that knows the natural scale of each variable, for a trust region in the
 * scaled norm ‖Ds‖₂ ≤ Δ (Moré 1978, "The Levenberg–Marquardt algorithm: implementation and
 * theory", Lecture Notes in Math. 630, §4 and (6.3); MINPACK's {@code lmder} with
 * {@code mode = 1}): for a least-squares model D_i = ‖J e_i‖, the column norms of the Jacobian,
 * which makes the region invariant to the units of the parameters. Only the projected step of a
 * bounded run ({@link TrustRegion} with {@code RunState.bounds()}) uses it; D is kept as the
 * running maximum of what this interface reports.
 */
public interface VariableScaling {

    /**
     * Writes the scale of each variable at x into {@code out} (positive; an entry that is 0 or
     * not finite is ignored).
     *
     * @param x the current iterate (do not modify)
     * @param g the gradient at x (do not modify)
     */
    void scaling(double[] x, double[] g, double[] out);
}
