package dev.curvature.quasinewton;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;

/**
 * What {@link Bfgs} and {@link Dfp} share: a dense inverse Broyden-class update with Broyden
 * parameter θ and the curvature-condition tolerance ε. The per-run model is
 * {@link InverseBroydenModel}. Immutable and thread-safe.
 */
abstract class InverseSecantUpdate implements CurvatureProvider {

    /** A secant update: needs sᵀy &gt; 0 at every step (N&amp;W §6.1). */
    @Override
    public boolean needsCurvatureCondition() {
        return true;
    }

    @Override
    public boolean providesDenseMatrix() {
        return true;
    }
    private final double theta;
    private final double skipTolerance;

    InverseSecantUpdate(double theta, double skipTolerance) {
        this.theta = theta;
        this.skipTolerance = CurvatureCondition.checkTolerance(skipTolerance, "skipTolerance");
    }

    /** ε of the skip rule: a pair is skipped when sᵀy ≤ ε‖s‖‖y‖. */
    public final double skipTolerance() {
        return skipTolerance;
    }

    /**
     * A model with H₀ = I, rescaled by (6.20) at the first update; allocates the n×n matrices
     * once.
     */
    @Override
    public final CurvatureModel start(CountingObjective objective) {
        Checks.notNull(objective, "objective");
        return new InverseBroydenModel(Checks.denseDimension(objective.dimension(),
                getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)), theta, skipTolerance);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[skipTolerance=" + skipTolerance + "]";
    }
}
