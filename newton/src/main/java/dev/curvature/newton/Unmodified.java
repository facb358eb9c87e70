package dev.curvature.newton;

import dev.curvature.api.DirectionStatus;

/**
 * Pure Newton: solves Hp = −g with the true Hessian, whatever its inertia (Nocedal &amp; Wright
 * §3.3). Cholesky first (EJML); when H is not numerically positive definite, EJML's symmetric
 * eigendecomposition H = QΛQᵀ gives p = −QΛ⁻¹Qᵀg. H counts as singular — and the run ends with
 * {@link dev.curvature.api.TerminationReason#SINGULAR_HESSIAN} — when min|λᵢ| ≤ nε·max|λᵢ|.
 */
public final class Unmodified implements HessianModification {
    /** The one instance (stateless). */
    public static final Unmodified INSTANCE = new Unmodified();

    private Unmodified() {
    }

    @Override
    public boolean escapesSaddles() {
        return false;
    }

    @Override
    public Solver start(int n) {
        CholeskySolver cholesky = new CholeskySolver(n);
        EigenSolver eigen = new EigenSolver(n);
        double tolerance = n * Math.ulp(1.0);
        EigenSolver.Map inverse = lambda -> lambda;
        return (hessian, g, p) -> {
            if (cholesky.factor(hessian, 0)) {
                cholesky.solveNegative(g, p);
                return DirectionStatus.OK;
            }
            if (!eigen.decompose(hessian)) {
                return DirectionStatus.NON_FINITE;
            }
            for (int i = 0; i < n; i++) {
                if (!(Math.abs(eigen.eigenvalue(i)) > tolerance * eigen.largestMagnitude())) {
                    return DirectionStatus.SINGULAR;
                }
            }
            eigen.solve(g, p, inverse);
            return DirectionStatus.OK;
        };
    }

    @Override
    public String toString() {
        return "Unmodified";
    }
}
