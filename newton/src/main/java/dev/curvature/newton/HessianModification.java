package dev.curvature.newton;

import dev.curvature.api.DirectionStatus;
import org.ejml.data.DMatrixRMaj;

/**
 * How Newton's method turns a Hessian H into a step: solve Hp = −g as it is, or first modify H
 * so that p is a descent direction (Nocedal &amp; Wright §3.4, "Newton's method with Hessian
 * modification"). Immutable; each run gets its own {@link Solver} holding the factorization's
 * work matrices.
 */
public interface HessianModification {

    /** Per-run state for n×n Hessians. */
    Solver start(int n);

    /** The mutable state of one run's Newton solves. */
    interface Solver {

        /**
         * Writes p = −(H + E)⁻¹g into {@code p}, E the modification.
         *
         * @param hessian H, finite and symmetric; not modified
         * @param g the gradient
         * @param p receives the step
         */
        DirectionStatus solve(DMatrixRMaj hessian, double[] g, double[] p);
    }
}
