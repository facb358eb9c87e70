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
}
