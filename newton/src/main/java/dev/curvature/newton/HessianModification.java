package dev.curvature.newton;

import dev.curvature.api.spi.DirectionStatus;
import org.ejml.data.DMatrixRMaj;

/**
 * How Newton's method turns a Hessian H into a step: solve Hp = −g as it is, or first modify H
 * so that p is a descent direction (Nocedal &amp; Wright §3.4, "Newton's method with Hessian
 * modification"). Immutable; each run gets its own {@link State} holding the factorization's
 * work matrices.
 */
public interface HessianModification {

    /**
     * True when the method should leave a saddle point along negative curvature instead of
     * stopping there (every modification but {@link Unmodified}, which is pure Newton).
     */
    default boolean escapesSaddles() {
        return true;
    }

    /** Per-run state for n×n Hessians. */
    State start(int n);

    /** The mutable state of one run's Newton solves. */
    interface State {

        /**
         * Writes p = −(H + E)⁻¹g into {@code p}, E the modification.
         *
         * @param hessian H, finite and symmetric; not modified
         * @param g the gradient
         * @param p receives the step
         */
        DirectionStatus solve(DMatrixRMaj hessian, double[] g, double[] p);

        /**
         * Told, after each accepted step, the fraction α ∈ (0, 1] of the last direction that
         * was taken (1 = the full step was accepted). Adaptive modifications learn from it.
         */
        default void stepTaken(double fraction) {
        }
    }
}
