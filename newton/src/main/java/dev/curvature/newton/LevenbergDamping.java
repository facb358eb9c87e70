package dev.curvature.newton;

import dev.curvature.api.linalg.CholeskyFactor;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;

/**
 * Levenberg damping: step with H + μI, μ adapted from the success of the previous step
 * (Levenberg 1944; Marquardt 1963's update; Nocedal &amp; Wright §10.3 discuss the same damping
 * for least squares). μ is kept relative to the Hessian's scale, μ = ν·‖H‖_F:
 * after a full step (α = 1 accepted) ν ← max(ν/10, 10⁻¹⁶), after a shortened one ν ← 10ν; ν starts
 * at ν₀ = 10⁻³. The floor keeps a long run of full steps from leaving ν so small that damping
 * takes many failures to return; restarting at ν₀ after a failure instead was measured worse
 * (docs/defaults.md#levenberg-damping).
 * Whenever H + μI is not positive definite (its Cholesky fails), ν is multiplied by 10 until it
 * is, so every step is a descent direction. ν at its floor 10⁻¹⁶ counts as 0 (pure Newton).
 */
public final class LevenbergDamping implements HessianModification {
    private static final LevenbergDamping DEFAULT = new LevenbergDamping(1e-3, 10);

    private final double initial;
    private final double factor;

    private LevenbergDamping(double initial, double factor) {
        this.initial = initial;
        this.factor = factor;
    }

    /** ν₀ = 10⁻³, factor 10. */
    public static LevenbergDamping defaults() {
        return DEFAULT;
    }

    /** The initial relative damping ν₀ &gt; 0. */
    public LevenbergDamping withInitialDamping(double initial) {
        return new LevenbergDamping(Checks.positive(initial, "initial"), factor);
    }

    /** The factor (&gt; 1) by which ν falls after a full step and grows otherwise. */
    public LevenbergDamping withFactor(double factor) {
        if (!(factor > 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be finite and > 1, was " + factor);
        }
        return new LevenbergDamping(initial, factor);
    }

    @Override
    public State start(int n) {
        CholeskyFactor cholesky = new CholeskyFactor(n);
        return new State() {
            private double nu = initial;

            @Override
            public DirectionStatus solve(DMatrixRMaj hessian, double[] g, double[] p) {
                double scale = Math.max(Vectors.norm2(hessian.data), Double.MIN_NORMAL);
                for (int attempt = 0; attempt < 64; attempt++) {
                    double mu = nu <= 1e-16 ? 0 : nu * scale;
                    if (cholesky.factor(hessian, mu)) {
                        cholesky.solveNegated(g, p);
                        return DirectionStatus.OK;
                    }
                    nu = Math.max(nu * factor, 1e-16 * factor);
                }
                return DirectionStatus.NON_FINITE;
            }

            @Override
            public void stepTaken(double fraction) {
                nu = fraction >= 1 - 1e-12 ? Math.max(nu / factor, 1e-16) : nu * factor;
            }
        };
    }

    @Override
    public String toString() {
        return "LevenbergDamping[nu0=" + initial + ", factor=" + factor + "]";
    }
}
