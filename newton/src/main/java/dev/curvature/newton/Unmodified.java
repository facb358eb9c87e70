package dev.curvature.newton;

import dev.curvature.api.linalg.CholeskyFactor;
import dev.curvature.api.linalg.DenseLinearAlgebra;
import dev.curvature.api.linalg.IndefiniteFactorization;
import dev.curvature.api.spi.DirectionStatus;

/**
 * Pure Newton: solves Hp = −g with the true Hessian, whatever its inertia (Nocedal &amp; Wright
 * §3.3). Cholesky first; when H is not numerically positive definite, the backend's symmetric-
 * indefinite factorization (Bunch–Kaufman LDLᵀ with LAPACK, the eigendecomposition with EJML).
 * H counts as singular — and the run ends with
 * {@link dev.curvature.api.TerminationReason#SINGULAR_HESSIAN} — when that solve finds it
 * singular to working precision (EJML: min|λᵢ| ≤ nε·max|λᵢ|).
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
    public State start(int n) {
        CholeskyFactor cholesky = new CholeskyFactor(n);
        IndefiniteFactorization indefinite = DenseLinearAlgebra.forDimension(n).indefinite(n);
        return (hessian, g, p) -> {
            if (cholesky.factor(hessian, 0)) {
                cholesky.solveNegated(g, p);
                return DirectionStatus.OK;
            }
            if (!indefinite.factor(hessian)) {
                return DirectionStatus.NON_FINITE;
            }
            if (!indefinite.solve(g, p)) {
                return DirectionStatus.SINGULAR;
            }
            for (int i = 0; i < n; i++) {
                p[i] = -p[i];
            }
            return DirectionStatus.OK;
        };
    }

    @Override
    public String toString() {
        return "Unmodified";
    }
}
