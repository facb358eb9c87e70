package dev.curvature.newton;

import dev.curvature.api.spi.CountingObjective;
import org.ejml.data.DMatrixRMaj;

/**
 * Where a dense Hessian comes from: the objective's own ({@link #EXACT}, which also covers
 * automatic differentiation through {@link AutoDiff}) or finite differences of gradients
 * ({@link FiniteDifferenceHessian}). Immutable; each run gets its own {@link State}.
 */
public interface HessianSource {

    /** The objective's {@code hessian} method; requires a TwiceDifferentiable objective. */
    HessianSource EXACT = new HessianSource() {
        @Override
        public State start(CountingObjective objective) {
            if (!objective.isTwiceDifferentiable()) {
                throw new IllegalArgumentException("objective: the exact Hessian needs a "
                        + "TwiceDifferentiable objective, got "
                        + objective.delegate().getClass().getName()
                        + " (use FiniteDifferenceHessian or AutoDiff)");
            }
            return (x, g, out) -> objective.hessian(x, out);
        }

        @Override
        public String toString() {
            return "exact";
        }
    };

    /**
     * Per-run evaluator.
     *
     * @throws IllegalArgumentException when the objective cannot supply what this source needs
     */
    State start(CountingObjective objective);

    /** The mutable state of one run's Hessian evaluations. */
    @FunctionalInterface
    interface State {
        /** Writes ∇²f(x) into {@code out}, given g = ∇f(x). */
        void hessian(double[] x, double[] g, DMatrixRMaj out);
    }
}
