package dev.curvature.api.spi;

import dev.curvature.api.TwiceDifferentiable;

/**
 * A source of second-order information: the exact Hessian, a modification of it, a finite-difference
 * or AD approximation, or a secant (quasi-Newton) update. Immutable and thread-safe; each run gets
 * its own mutable {@link CurvatureModel} from {@link #start}.
 */
public interface CurvatureProvider {

    /**
     * Creates the per-run model. Allocates every work array the model needs, once.
     *
     * @param objective the run's counting view of the objective
     * @throws IllegalArgumentException when this provider cannot use the objective (for example,
     *     it needs Hessians and the objective is not {@link TwiceDifferentiable})
     */
    CurvatureModel start(CountingObjective objective);

    /**
     * True for secant updates that stay positive definite only when every step satisfies the
     * curvature condition sᵀy &gt; 0 (BFGS, DFP, L-BFGS; N&amp;W §6.1), which a Wolfe line
     * search guarantees and sufficient decrease alone does not. Checked when an optimizer is
     * composed. Default false.
     */
    default boolean needsCurvatureCondition() {
        return false;
    }

    /**
     * True when every model of this provider can show B_k as a dense matrix
     * ({@link dev.curvature.api.linalg.DenseCurvatureModel}), as the dense trust-region solvers
     * need. Checked when an optimizer is composed. Default false.
     */
    default boolean providesDenseMatrix() {
        return false;
    }

    /**
     * True when every model of this provider computes directions that respect a box
     * ({@link CurvatureModel#boundedDirection}), as a line search under bounds needs. Default
     * false.
     */
    default boolean providesBoundedDirection() {
        return false;
    }
}
