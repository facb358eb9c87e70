package dev.curvature.newton;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.DirectionStatus;

/**
 * Eigenvalue modification: with H = QΛQᵀ (the symmetric eigendecomposition of the dense backend,
 * {@link dev.curvature.api.linalg.DenseLinearAlgebra}: EJML by default), step with
 * |Λ| floored at δ: p = −Q·diag(1/max(|λᵢ|, δ))·Qᵀg. Replacing λ by |λ| is the saddle-free
 * Newton method of Dauphin et al. (2014, "Identifying and attacking the saddle point problem in
 * high-dimensional non-convex optimization", NeurIPS): along a negative-curvature direction it
 * moves downhill by the Newton distance instead of uphill towards the saddle. The floor
 * (Nocedal &amp; Wright §3.4, (3.41)) is relative: δ = {@code relativeFloor}·max(1, max|λᵢ|),
 * default 10⁻⁸. Costs an O(n³) eigendecomposition per iterate, several times a Cholesky.
 */
public final class EigenvalueModification implements HessianModification {
    private static final EigenvalueModification DEFAULT = new EigenvalueModification(1e-8);

    private final double relativeFloor;

    private EigenvalueModification(double relativeFloor) {
        this.relativeFloor = relativeFloor;
    }

    /** |λ| floored at 10⁻⁸·max(1, max|λ|). */
    public static EigenvalueModification defaults() {
        return DEFAULT;
    }

    /** The relative floor δ on the modified eigenvalues, in (0, 1). */
    public EigenvalueModification withRelativeFloor(double relativeFloor) {
        return new EigenvalueModification(Checks.openInterval(relativeFloor, 0, 1, "relativeFloor"));
    }

    @Override
    public State start(int n) {
        EigenSolver eigen = new EigenSolver(n);
        double[] floor = new double[1];
        EigenSolver.Map absolute = lambda -> Math.max(Math.abs(lambda), floor[0]);
        return (hessian, g, p) -> {
            if (!eigen.decompose(hessian)) {
                return DirectionStatus.NON_FINITE;
            }
            floor[0] = relativeFloor * Math.max(1, eigen.largestMagnitude());
            eigen.solve(g, p, absolute);
            return DirectionStatus.OK;
        };
    }

    @Override
    public String toString() {
        return "EigenvalueModification[floor=" + relativeFloor + "]";
    }
}
