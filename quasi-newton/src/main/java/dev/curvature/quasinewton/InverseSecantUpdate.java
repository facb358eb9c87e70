package dev.curvature.quasinewton;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;

/**
 * What {@link Bfgs} and {@link Dfp} share: a dense inverse Broyden-class update with Broyden
 * parameter θ, the curvature-condition tolerance ε, and whether H₀ = I is rescaled to
 * (sᵀy/yᵀy)·I before the first update (N&amp;W (6.20)). The per-run model is
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
    private final boolean initialScaling;

    InverseSecantUpdate(double theta, double skipTolerance, boolean initialScaling) {
        this.theta = theta;
        this.skipTolerance = CurvatureCondition.checkTolerance(skipTolerance, "skipTolerance");
        this.initialScaling = initialScaling;
    }

    /** ε of the skip rule: a pair is skipped when sᵀy ≤ ε‖s‖‖y‖. */
    public final double skipTolerance() {
        return skipTolerance;
    }

    /** Whether H₀ = I is replaced by (sᵀy/yᵀy)·I just before the first update (N&amp;W (6.20)). */
    public final boolean initialScaling() {
        return initialScaling;
    }

    /**
     * A model with H₀ = I, rescaled by (6.20) at the first update when {@link #initialScaling()};
     * allocates the n×n matrices once.
     */
    @Override
    public final CurvatureModel start(CountingObjective objective) {
        Checks.notNull(objective, "objective");
        return new InverseBroydenModel(Checks.denseDimension(objective.dimension(),
                getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)), theta, skipTolerance,
                initialScaling);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[skipTolerance=" + skipTolerance
                + ", initialScaling=" + initialScaling + "]";
    }
}
