package dev.curvature.trustregion;

import dev.curvature.api.linalg.DenseCurvatureModel;
import dev.curvature.api.spi.CurvatureModel;

/**
 * A solver of the trust-region subproblem (Nocedal &amp; Wright, 2nd ed., (4.3)):
 * <pre>    min m(p) = gᵀp + ½pᵀB p   subject to ‖p‖₂ ≤ Δ,</pre>
 * where B is the run's {@link CurvatureModel} (reached through {@link CurvatureModel#multiply},
 * or as a dense matrix through {@link DenseCurvatureModel}). Every solver returns a step with
 * ‖p‖ ≤ Δ (up to rounding) that achieves at least a fixed fraction of the Cauchy decrease
 * m(0) − m(p) ≥ c₁‖g‖ min(Δ, ‖g‖/‖B‖) (N&amp;W (4.20)), which is what the convergence theory of
 * {@link TrustRegion} needs. Immutable and thread-safe; each run gets its own {@link State}
 * holding every work array.
 */
public interface TrustRegionSolver {

    /**
     * Creates the per-run solver state, allocating its work arrays once.
     *
     * @param model the run's curvature model
     * @param n the dimension
     * @throws IllegalArgumentException when this solver cannot work with {@code model} (e.g. a
     *     dense solver given a matrix-free model)
     */
    State start(CurvatureModel model, int n);

    /**
     * True for solvers that factor B_k as a dense matrix (and so need a provider whose models
     * implement {@link dev.curvature.api.linalg.DenseCurvatureModel}). Default false.
     */
    default boolean needsDenseMatrix() {
        return false;
    }

    /** The mutable state of one run's subproblem solves. */
    interface State {

        /**
         * Approximately minimizes m(p) within ‖p‖₂ ≤ Δ.
         *
         * @param x the current iterate x_k (passed to the model; do not modify)
         * @param g the gradient at x_k, non-zero (do not modify)
         * @param radius Δ &gt; 0
         * @param step receives p
         * @return the model change m(p) = gᵀp + ½pᵀBp (negative for a useful step; NaN when
         *     the model has non-finite entries)
         */
        double solve(double[] x, double[] g, double radius, double[] step);

        /** Conjugate-gradient iterations of the last {@link #solve}, for the iteration record (0 by default). */
        default int innerIterations() {
            return 0;
        }
    }
}
