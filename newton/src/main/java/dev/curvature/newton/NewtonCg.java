package dev.curvature.newton;

import dev.curvature.api.Checks;
import dev.curvature.api.CountingObjective;
import dev.curvature.api.CurvatureModel;
import dev.curvature.api.CurvatureProvider;
import dev.curvature.api.DirectionStatus;
import dev.curvature.api.Vectors;

/**
 * Truncated Newton / Hessian-free curvature (Nocedal &amp; Wright, 2nd ed., Algorithm 7.1, "line
 * search Newton–CG"; Martens 2010 for the Hessian-free view): the direction is the conjugate-
 * gradient solution of ∇²f·p = −g, stopped when ‖r‖ ≤ η_k‖g‖ with the forcing term
 * η_k = min(0.5, √‖g‖₂) (superlinear convergence, N&amp;W Theorem 7.2), or at the first direction of
 * non-positive curvature (then the current iterate of CG, or the first CG direction if that
 * happens at once). Only Hessian-vector products are used, so the Hessian is never formed and the
 * method runs at n = 10⁶; memory is five n-vectors (two more with the preconditioner). CG stops after
 * {@code maxCgIterations} products (default: n, CG's exact-arithmetic bound).
 *
 * <h2>Jacobi preconditioner</h2>
 * When the objective implements {@link dev.curvature.api.HessianDiagonal} (and the preconditioner
 * is not switched off with {@link #withJacobiPreconditioner}), the inner solve is preconditioned
 * CG (N&amp;W Algorithm 5.3 inside Algorithm 7.1; Nash 1985, "Preconditioning of truncated-Newton
 * methods", SIAM J. Sci. Stat. Comput. 6:599) with M = diag(∇²f(x_k)), evaluated once per
 * direction (counted as one Hessian evaluation). PCG with a diagonal M is plain CG in the
 * variables u = M^{1/2}p, so it removes the effect of badly scaled variables on the number of
 * Hessian-vector products, as a Jacobi change of variables would, but with the Hessian's own
 * diagonal at each iterate. Details:
 * <ul>
 *   <li>M must be symmetric positive definite, but a Hessian diagonal may have zero or negative
 *       entries away from a minimizer (and may be approximate). The entries used are
 *       mᵢ = max(|hᵢᵢ|, {@value #DIAGONAL_FLOOR}·mean|h|): the magnitude keeps the scale of each
 *       variable, and the floor bounds M's condition number by n/{@value #DIAGONAL_FLOOR}
 *       so that M⁻¹ cannot amplify a coordinate without bound. When the mean is 0 or an entry is
 *       not finite, that direction is computed without preconditioner (M = I).
 *   <li>Stopping test: ‖r‖_{M⁻¹} ≤ η_k‖g‖_{M⁻¹}, with ‖v‖_{M⁻¹} = √(vᵀM⁻¹v) and η_k as above.
 *       This is Algorithm 7.1's test applied to the residual of the preconditioned system (the
 *       system in the variables u), costs no extra product (rᵀM⁻¹r is PCG's own scalar), and keeps
 *       the inner solve invariant under a diagonal rescaling of the variables; M is bounded and
 *       bounded away from 0 near a minimizer with a positive definite Hessian, so the norm is
 *       equivalent to ‖·‖₂ there and the inexact-Newton theory (Dembo, Eisenstat &amp; Steihaug 1982)
 *       still gives superlinear convergence.
 *   <li>Negative curvature: the test dⱼᵀ∇²f·dⱼ ≤ 0 is as in Algorithm 7.1; when it fires at
 *       j = 0 the direction is the first PCG direction −M⁻¹g (a descent direction because M is
 *       positive definite; Algorithm 7.1's −g when there is no preconditioner).
 * </ul>
 * When it pays: on convex problems with badly scaled variables (GLMs on raw features), where plain
 * CG needs many products. It is not a general win: on the 70 MGH/CUTEst-style test problems with
 * the exact diagonal supplied, both variants ended on a convergence test on 68, but not the same
 * 68 (the preconditioned one crawls on Brown almost-linear through a region of negative curvature
 * until the iteration limit; plain CG's line search fails on ARWHEAD, which it solves), some at
 * other stationary points, and it used more Hessian evaluations (products plus diagonals) on 47
 * problems, fewer on 22. Switch it off with {@link #withJacobiPreconditioner} when the diagonal is
 * expensive or the problem is well scaled.
 * Without a diagonal (or with the preconditioner switched off) the arithmetic is exactly that of
 * unpreconditioned Algorithm 7.1. The preconditioner affects {@link CurvatureModel#direction}
 * only; trust-region solvers that use {@link CurvatureModel#multiply} (Steihaug-CG) are
 * unaffected and never ask for the diagonal.
 */
public final class NewtonCg implements CurvatureProvider {
    /**
     * The floor of the Jacobi preconditioner's entries, as a fraction of the mean |diagonal|
     * (see the class comment).
     */
    public static final double DIAGONAL_FLOOR = 1e-6;

    private static final NewtonCg DEFAULT = new NewtonCg(HessianVectorSource.AUTOMATIC, 0, true);

    private final HessianVectorSource products;
    private final int maxCgIterations;
    private final boolean jacobi;

    private NewtonCg(HessianVectorSource products, int maxCgIterations, boolean jacobi) {
        this.products = products;
        this.maxCgIterations = maxCgIterations;
        this.jacobi = jacobi;
    }

    /**
     * Exact products when available, else finite differences; at most n CG iterations; the Jacobi
     * preconditioner when the objective provides its Hessian diagonal.
     */
    public static NewtonCg defaults() {
        return DEFAULT;
    }

    /** Where the Hessian-vector products come from. */
    public NewtonCg withProducts(HessianVectorSource products) {
        return new NewtonCg(Checks.notNull(products, "products"), maxCgIterations, jacobi);
    }

    /** The CG iteration limit per direction (≥ 1), instead of n. */
    public NewtonCg withMaxCgIterations(int max) {
        return new NewtonCg(products, Checks.positive(max, "maxCgIterations"), jacobi);
    }

    /**
     * Whether to precondition CG with the Hessian diagonal when the objective implements
     * {@link dev.curvature.api.HessianDiagonal} (default true). With false, or on objectives
     * without a diagonal, CG is unpreconditioned.
     */
    public NewtonCg withJacobiPreconditioner(boolean use) {
        return new NewtonCg(products, maxCgIterations, use);
    }

    @Override
    public CurvatureModel start(CountingObjective objective) {
        int n = objective.dimension();
        return new Model(products.start(objective), n,
                maxCgIterations == 0 ? n : maxCgIterations,
                jacobi && objective.hasHessianDiagonal() ? objective : null);
    }

    @Override
    public String toString() {
        return "NewtonCg[" + products + ", maxCg=" + (maxCgIterations == 0 ? "n" : maxCgIterations)
                + (jacobi ? ", Jacobi when available" : ", unpreconditioned") + "]";
    }

    private static final class Model implements CurvatureModel {
        private final HessianVectorSource.Evaluator hv;
        private final int maxCg;
        private final double[] r;
        private final double[] d;
        private final double[] bd;
        /** The objective's diagonal, or null without preconditioner. */
        private final CountingObjective diagonal;
        /** M⁻¹, the reciprocal preconditioner entries (null without preconditioner). */
        private final double[] inverseM;
        /** y = M⁻¹r (null without preconditioner). */
        private final double[] y;
        private final SteepestDescentFallback fallback = new SteepestDescentFallback();

        Model(HessianVectorSource.Evaluator hv, int n, int maxCg, CountingObjective diagonal) {
            this.hv = hv;
            this.maxCg = maxCg;
            this.r = new double[n];
            this.d = new double[n];
            this.bd = new double[n];
            this.diagonal = diagonal;
            this.inverseM = diagonal == null ? null : new double[n];
            this.y = diagonal == null ? null : new double[n];
        }

        /**
         * Evaluates the diagonal at x into {@link #inverseM} and turns it into M⁻¹; false (use
         * M = I) when it has a non-finite entry or is all zero.
         */
        private boolean preconditionerAt(double[] x) {
            if (diagonal == null) {
                return false;
            }
            double[] m = inverseM;
            diagonal.hessianDiagonal(x, m);
            double sum = 0;
            for (double h : m) {
                sum += Math.abs(h);
            }
            double floor = DIAGONAL_FLOOR * (sum / m.length);
            if (!(floor > 0) || !Double.isFinite(floor)) {
                return false;
            }
            for (int i = 0; i < m.length; i++) {
                m[i] = 1 / Math.max(Math.abs(m[i]), floor);
            }
            return true;
        }

        @Override
        public DirectionStatus direction(double[] x, double[] g, double[] z) {
            if (fallback.apply(g, z)) {
                return DirectionStatus.OK;
            }
            boolean preconditioned = preconditionerAt(x);
            // Without preconditioner y is r itself (M = I), and the arithmetic below is that of
            // plain CG in Algorithm 7.1.
            double[] pr = preconditioned ? y : r;
            double gNorm = Vectors.norm2(g);
            java.util.Arrays.fill(z, 0);
            System.arraycopy(g, 0, r, 0, g.length);
            double ry;
            if (preconditioned) {
                applyInverse(r, pr);
                ry = Vectors.dot(r, pr);
            } else {
                ry = gNorm * gNorm;
            }
            double tolerance = Math.min(0.5, Math.sqrt(gNorm)) * (preconditioned ? Math.sqrt(ry) : gNorm);
            Vectors.scale(-1, pr, d);
            for (int j = 0; j < maxCg; j++) {
                hv.multiply(x, g, d, bd);
                double dBd = Vectors.dot(d, bd);
                if (!Double.isFinite(dBd)) {
                    return DirectionStatus.NON_FINITE;
                }
                if (dBd <= 0) {
                    if (j == 0) {
                        System.arraycopy(d, 0, z, 0, d.length); // −M⁻¹g (−g when M = I)
                    }
                    return DirectionStatus.OK;
                }
                double alpha = ry / dBd;
                Vectors.axpy(alpha, d, z);
                Vectors.axpy(alpha, bd, r);
                double ryNext;
                if (preconditioned) {
                    applyInverse(r, pr);
                    ryNext = Vectors.dot(r, pr);
                } else {
                    ryNext = Vectors.dot(r, r);
                }
                if (Math.sqrt(ryNext) <= tolerance) {
                    return DirectionStatus.OK;
                }
                double beta = ryNext / ry;
                ry = ryNext;
                for (int i = 0; i < d.length; i++) {
                    d[i] = -pr[i] + beta * d[i];
                }
            }
            return DirectionStatus.OK;
        }

        /** out = M⁻¹v. */
        private void applyInverse(double[] v, double[] out) {
            for (int i = 0; i < v.length; i++) {
                out[i] = inverseM[i] * v[i];
            }
        }

        @Override
        public void multiply(double[] x, double[] g, double[] v, double[] out) {
            hv.multiply(x, g, v, out);
        }

        @Override
        public void update(double[] s, double[] y, double[] x, double[] g) {
        }

        @Override
        public boolean reset() {
            return fallback.request();
        }
    }
}
