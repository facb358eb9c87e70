package dev.curvature.quasinewton;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;

/**
 * Symmetric-rank-one curvature (Nocedal &amp; Wright, 2nd ed., §6.2): a dense B_k updated by
 * B⁺ = B + (y − Bs)(y − Bs)ᵀ/((y − Bs)ᵀs) (6.24). B_k need not be positive definite, which is
 * why SR1 belongs with a trust region (N&amp;W Algorithm 6.2), where it often approximates an
 * indefinite Hessian better than BFGS can. On a quadratic with n linearly independent steps it
 * recovers the Hessian exactly (N&amp;W Theorem 6.1).
 *
 * <p>Skip rule (N&amp;W (6.26)): the update is skipped when |sᵀ(y − Bs)| &lt; r‖s‖‖y − Bs‖,
 * default r = 10⁻⁸ (N&amp;W's suggested value). The model is a
 * {@link dev.curvature.api.linalg.DenseCurvatureModel}, so the dense trust-region solvers can
 * use it. Immutable and thread-safe.
 */
public final class Sr1 implements CurvatureProvider {

    @Override
    public boolean providesDenseMatrix() {
        return true;
    }
    private static final Sr1 DEFAULT = new Sr1(1e-8);

    private final double skipTolerance;

    private Sr1(double skipTolerance) {
        this.skipTolerance = skipTolerance;
    }

    /** r = 10⁻⁸. */
    public static Sr1 defaults() {
        return DEFAULT;
    }

    /** The skip-rule constant r ∈ [0, 1). */
    public Sr1 withSkipTolerance(double r) {
        return new Sr1(CurvatureCondition.checkTolerance(r, "skipTolerance"));
    }

    /** r of the skip rule |sᵀ(y − Bs)| &lt; r‖s‖‖y − Bs‖. */
    public double skipTolerance() {
        return skipTolerance;
    }

    /** A model with B₀ = I, its n×n matrices allocated here. */
    @Override
    public CurvatureModel start(CountingObjective objective) {
        Checks.notNull(objective, "objective");
        return new Sr1Model(objective.dimension(), skipTolerance);
    }

    @Override
    public String toString() {
        return "Sr1[skipTolerance=" + skipTolerance + "]";
    }
}
