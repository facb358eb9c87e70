package dev.curvature.newton;

import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.ObjectiveFailure;
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
            boolean[] checked = {false};
            return (x, g, out) -> {
                objective.hessian(x, out);
                if (!checked[0]) {
                    checked[0] = true;
                    checkSymmetric(out);
                }
            };
        }

        @Override
        public String toString() {
            return "exact";
        }
    };

    /**
     * Checks the user's first Hessian for symmetry, once per run (O(n²), as cheap as reading
     * it): an asymmetric "Hessian" is a bug in the objective that no modification can repair.
     * Entries may differ by rounding: |H_ij − H_ji| ≤ 10⁻⁸·max|H| (10⁻⁸ ≈ √ε, the accuracy of a
     * Hessian that was itself differenced; Nocedal &amp; Wright §8.1).
     *
     * @throws ObjectiveFailure (ending the run with OBJECTIVE_FAILED) naming the worst pair
     */
    private static void checkSymmetric(DMatrixRMaj h) {
        int n = h.numRows;
        double scale = 0;
        for (double v : h.data) {
            scale = Math.max(scale, Math.abs(v));
        }
        double worst = 0;
        int wi = 0;
        int wj = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double d = Math.abs(h.data[i * n + j] - h.data[j * n + i]);
                if (d > worst) {
                    worst = d;
                    wi = i;
                    wj = j;
                }
            }
        }
        if (worst > 1e-8 * scale) {
            throw new ObjectiveFailure("hessian", new IllegalArgumentException(String.format(
                    "objective.hessian is not symmetric at the first point it was asked for:"
                    + " H[%d][%d] = %.6e but H[%d][%d] = %.6e", wi, wj, h.get(wi, wj), wj, wi,
                    h.get(wj, wi))));
        }
    }

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
