package dev.curvature.newton;

import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.Vectors;

/**
 * Where Hessian-vector products ∇²f(x)·v come from, for matrix-free methods: the objective's own
 * {@code hessianVector}, or a forward difference of gradients. Immutable; each run gets its own
 * {@link State}.
 */
public enum HessianVectorSource {
    /** The objective's {@code hessianVector}; requires a TwiceDifferentiable objective. */
    EXACT,
    /**
     * ∇²f(x)v ≈ (∇f(x + hv) − ∇f(x))/h with h = √ε·(1 + ‖x‖₂)/‖v‖₂ (Nocedal &amp; Wright §8.1,
     * (8.11) and §7.1 "Hessian-free"): one gradient evaluation per product, error O(√ε).
     */
    FORWARD_DIFFERENCE,
    /** {@link #EXACT} when the objective is TwiceDifferentiable, else {@link #FORWARD_DIFFERENCE}. */
    AUTOMATIC;

    /** The per-run evaluator of products. */
    @FunctionalInterface
    public interface State {
        /** Writes ∇²f(x)·v into {@code out}, given g = ∇f(x). */
        void multiply(double[] x, double[] g, double[] v, double[] out);
    }

    /**
     * @throws IllegalArgumentException for {@link #EXACT} on an objective without Hessians
     */
    State start(CountingObjective objective) {
        boolean exact = this == EXACT || (this == AUTOMATIC && objective.isTwiceDifferentiable());
        if (exact) {
            if (!objective.isTwiceDifferentiable()) {
                throw new IllegalArgumentException("objective: exact Hessian-vector products need a "
                        + "TwiceDifferentiable objective (use FORWARD_DIFFERENCE)");
            }
            return (x, g, v, out) -> objective.hessianVector(x, v, out);
        }
        int n = objective.dimension();
        double[] shifted = new double[n];
        double[] gShifted = new double[n];
        double root = Math.sqrt(Math.ulp(1.0));
        return (x, g, v, out) -> {
            double vNorm = Vectors.norm2(v);
            if (vNorm == 0) {
                java.util.Arrays.fill(out, 0);
                return;
            }
            double h = root * (1 + Vectors.norm2(x)) / vNorm;
            Vectors.addScaled(x, h, v, shifted);
            objective.gradient(shifted, gShifted);
            for (int i = 0; i < n; i++) {
                out[i] = (gShifted[i] - g[i]) / h;
            }
        };
    }
}
