package dev.curvature.newton;

import dev.curvature.api.HessianDiagonal;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;

/**
 * Truncated Newton / Hessian-free curvature (Nocedal &amp; Wright, 2nd ed., Algorithm 7.1, "line
 * search Newton–CG"; Martens 2010 for the Hessian-free view): the direction is the conjugate-
 * gradient solution of ∇²f·p = −g, stopped when ‖r‖ ≤ η_k‖g‖ with the forcing term
 * η_k = min(0.5, √‖g‖₂) (superlinear convergence, N&amp;W Theorem 7.2), or at the first direction of
 * non-positive curvature (then the current iterate of CG, or the first CG direction if that
 * happens at once, scaled as below). Only Hessian-vector products are used, so the Hessian is
 * never formed and the method runs at n = 10⁶; memory is five n-vectors, two more with a preconditioner and 4m with the
 * limited-memory one (m = {@value #DEFAULT_MEMORY} by default: 16). CG stops after
 * {@code maxCgIterations} products (default 20·n, SciPy Newton-CG's {@code cg_maxiter}: CG's
 * exact-arithmetic bound of n steps does not hold in floating point on ill-conditioned Hessians;
 * see {@code SteihaugCg} and docs/defaults.md#steihaug-cg-cap).
 *
 * <h2>Limited-memory (quasi-Newton) preconditioner</h2>
 * By default each CG solve is preconditioned with the L-BFGS inverse built from the newest
 * m = {@value #DEFAULT_MEMORY} curvature pairs (dⱼ, ∇²f·dⱼ) that the previous solves' CG steps
 * produced anyway (Morales &amp; Nocedal 2000, "Automatic preconditioning by limited memory
 * quasi-Newton updating", SIAM J. Optim. 10:1079): no extra Hessian-vector product, about 4m
 * vector operations per CG step. Its initial matrix is the Jacobi preconditioner's M⁻¹ when there
 * is one, else γI (N&amp;W (7.20)); the first solve (no pairs yet) is therefore plain or Jacobi
 * PCG. Consecutive Newton systems have similar Hessians, so the pairs of one solve capture the
 * directions CG found hard in the next. The pairs are forgotten when the first CG direction of a
 * solve already has non-positive curvature (they modelled a region of positive curvature the
 * iterate has left; kept, they would freeze the preconditioner) and on a reset of the model (after
 * a failed direction). Switch it off with {@code withQuasiNewtonPreconditioner(0)}.
 * Measurements (m = 4, the forgetting rule): docs/defaults.md#limited-memory-preconditioner.
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
 *       j = 0 the direction is the first PCG direction d = −M⁻¹g (a descent direction because M
 *       is positive definite; Algorithm 7.1's −g when there is no preconditioner), scaled by
 *       gᵀM⁻¹g / |dᵀ∇²f·d|: the minimizer along d of the model with the curvature's magnitude
 *       (SciPy's Newton-CG does the same with M = I; cf. saddle-free Newton, Dauphin et al.
 *       2014). Algorithm 7.1 leaves −g unscaled, and with a unit first trial step the run then
 *       crawls wherever ‖g‖ is small and the curvature negative (measurements:
 *       docs/defaults.md#scaling-of-the-first-negative-curvature-direction). At dᵀ∇²f·d = 0, d
 *       is unscaled.
 * </ul>
 * When it pays: on convex problems with badly scaled variables (GLMs on raw features), where plain
 * CG needs many products. It is not a general win (measurements:
 * docs/defaults.md#jacobi-preconditioner). Switch it off with {@link #withJacobiPreconditioner}
 * when the diagonal is expensive or the problem is well scaled.
 * Without a diagonal and without the limited-memory preconditioner the arithmetic is exactly that
 * of unpreconditioned Algorithm 7.1. The preconditioners affect {@link CurvatureModel#direction}
 * only; trust-region solvers that use {@link CurvatureModel#multiply} (Steihaug-CG) are
 * unaffected and never ask for the diagonal.
 */
public final class NewtonCg implements CurvatureProvider {
    /**
     * The floor of the Jacobi preconditioner's entries, as a fraction of the mean |diagonal|
     * (see the class comment).
     */
    public static final double DIAGONAL_FLOOR = HessianDiagonal.FLOOR;

    /** The default number of pairs of the limited-memory preconditioner (see the class comment). */
    public static final int DEFAULT_MEMORY = 4;

    private static final NewtonCg DEFAULT = new NewtonCg(HessianVectorSource.AUTOMATIC, 0, true, DEFAULT_MEMORY);

    private final HessianVectorSource products;
    /** The default cap on CG products per solve, as a multiple of n (see the class comment). */
    public static final int DEFAULT_CAP_PER_DIMENSION = 20;

    private final int maxCgIterations;
    private final boolean jacobi;
    /** Pairs kept by the limited-memory preconditioner; 0 = off. */
    private final int memory;

    private NewtonCg(HessianVectorSource products, int maxCgIterations, boolean jacobi, int memory) {
        this.products = products;
        this.maxCgIterations = maxCgIterations;
        this.jacobi = jacobi;
        this.memory = memory;
    }

    /**
     * Exact products when available, else finite differences; at most n CG iterations; the
     * limited-memory preconditioner with {@value #DEFAULT_MEMORY} pairs, over the Jacobi
     * preconditioner when the objective provides its Hessian diagonal.
     */
    public static NewtonCg defaults() {
        return DEFAULT;
    }

    /** Where the Hessian-vector products come from. */
    public NewtonCg withProducts(HessianVectorSource products) {
        return new NewtonCg(Checks.notNull(products, "products"), maxCgIterations, jacobi, memory);
    }

    /** The CG iteration limit per direction (≥ 1), instead of n. */
    public NewtonCg withMaxCgIterations(int max) {
        return new NewtonCg(products, Checks.positive(max, "maxCgIterations"), jacobi, memory);
    }

    /**
     * Whether to precondition CG with the Hessian diagonal when the objective implements
     * {@link dev.curvature.api.HessianDiagonal} (default true). With false, or on objectives
     * without a diagonal, the diagonal is not used: CG is then preconditioned by the
     * limited-memory pairs alone (on γI), or unpreconditioned when those are off too.
     */
    public NewtonCg withJacobiPreconditioner(boolean use) {
        return new NewtonCg(products, maxCgIterations, use, memory);
    }

    /**
     * Preconditions each CG solve with the L-BFGS inverse built from the newest {@code m}
     * curvature pairs (dⱼ, ∇²f·dⱼ) of the previous solves (Morales &amp; Nocedal 2000), over the
     * Jacobi diagonal when there is one; 0 switches it off. Costs 4m n-vectors of memory and
     * about 4m vector operations per CG step, no extra Hessian-vector product.
     */
    public NewtonCg withQuasiNewtonPreconditioner(int m) {
        return new NewtonCg(products, maxCgIterations, jacobi, Checks.nonNegative(m, "m"));
    }

    @Override
    public CurvatureModel start(CountingObjective objective) {
        int n = objective.dimension();
        return new Model(products.start(objective), n,
                maxCgIterations == 0 ? (int) Math.min(Integer.MAX_VALUE, (long) DEFAULT_CAP_PER_DIMENSION * n)
                        : maxCgIterations,
                jacobi && objective.hasHessianDiagonal() ? objective : null,
                memory == 0 ? null : new LimitedMemoryPreconditioner(n, memory));
    }

    @Override
    public String toString() {
        return "NewtonCg[" + products + ", maxCg=" + (maxCgIterations == 0 ? DEFAULT_CAP_PER_DIMENSION + "n"
                : maxCgIterations)
                + (jacobi ? ", Jacobi when available" : ", no Jacobi")
                + (memory == 0 ? "" : ", limited-memory preconditioner m=" + memory) + "]";
    }

    private static final class Model implements CurvatureModel {
        private final HessianVectorSource.State hv;
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

        /** CG iterations of the last solve. */
        private int iterations;
        /** Whether the last solve met dᵀ∇²f·d ≤ 0 at its first CG direction. */
        private boolean negativeCurvatureAtFirstStep;
        /** The Morales–Nocedal preconditioner, or null when switched off. */
        private final LimitedMemoryPreconditioner pairs;

        Model(HessianVectorSource.State hv, int n, int maxCg, CountingObjective diagonal,
                LimitedMemoryPreconditioner pairs) {
            this.pairs = pairs;
            this.hv = hv;
            this.maxCg = maxCg;
            this.r = new double[n];
            this.d = new double[n];
            this.bd = new double[n];
            this.diagonal = diagonal;
            this.inverseM = diagonal == null ? null : new double[n];
            this.y = diagonal == null && pairs == null ? null : new double[n];
        }

        /**
         * Evaluates the diagonal at x into {@link #inverseM} and turns it into M⁻¹; false (use
         * M = I) when it has a non-finite entry or is all zero.
         */
        private boolean preconditionerAt(double[] x) {
            if (diagonal == null) {
                return false;
            }
            diagonal.hessianDiagonal(x, inverseM);
            return HessianDiagonal.invertForPreconditioning(inverseM);
        }

        @Override
        public DirectionStatus direction(double[] x, double[] g, double[] z) {
            iterations = 0;
            if (fallback.apply(g, z)) {
                return DirectionStatus.OK;
            }
            boolean jacobiAt = preconditionerAt(x);
            double[] h0 = jacobiAt ? inverseM : null;
            if (pairs == null) {
                return solve(x, g, z, jacobiAt, h0);
            }
            pairs.beginSolve();
            DirectionStatus status = solve(x, g, z, jacobiAt || pairs.hasPairs(), h0);
            pairs.endSolve();
            if (negativeCurvatureAtFirstStep && pairs.hasPairs()) {
                // The pairs describe positive curvature where they were made; the Hessian here
                // already bends the other way along −M⁻¹g, so they no longer model it.
                pairs.clear();
            }
            return status;
        }

        /**
         * Preconditioned CG on ∇²f·z = −g (plain CG when {@code preconditioned} is false, with the
         * arithmetic of unpreconditioned Algorithm 7.1).
         */
        private DirectionStatus solve(double[] x, double[] g, double[] z, boolean preconditioned,
                double[] h0) {
            negativeCurvatureAtFirstStep = false;
            double[] pr = preconditioned ? y : r;
            double gNorm = Vectors.norm2(g);
            java.util.Arrays.fill(z, 0);
            System.arraycopy(g, 0, r, 0, g.length);
            double ry;
            if (preconditioned) {
                applyInverse(r, pr, h0);
                ry = Vectors.dot(r, pr);
            } else {
                ry = gNorm * gNorm;
            }
            double tolerance = Math.min(0.5, Math.sqrt(gNorm)) * (preconditioned ? Math.sqrt(ry) : gNorm);
            Vectors.scale(-1, pr, d);
            for (int j = 0; j < maxCg; j++) {
                iterations = j + 1;
                hv.multiply(x, g, d, bd);
                double dBd = Vectors.dot(d, bd);
                if (!Double.isFinite(dBd)) {
                    return DirectionStatus.NON_FINITE;
                }
                if (dBd <= 0) {
                    negativeCurvatureAtFirstStep = j == 0;
                    if (j == 0) {
                        // −M⁻¹g scaled to minimize the model with |dᵀBd| for its curvature (as
                        // SciPy's Newton-CG; unscaled when the curvature is exactly 0).
                        Vectors.scale(dBd < 0 ? ry / -dBd : 1, d, z);
                    }
                    return DirectionStatus.OK;
                }
                if (pairs != null) {
                    pairs.record(d, bd, dBd);
                }
                double alpha = ry / dBd;
                Vectors.axpy(alpha, d, z);
                Vectors.axpy(alpha, bd, r);
                double ryNext;
                if (preconditioned) {
                    applyInverse(r, pr, h0);
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

        /** out = M⁻¹v: the limited-memory preconditioner over H⁰ = diag(h0), or diag(h0) alone. */
        private void applyInverse(double[] v, double[] out, double[] h0) {
            if (pairs != null) {
                pairs.apply(v, out, h0);
                return;
            }
            for (int i = 0; i < v.length; i++) {
                out[i] = h0[i] * v[i];
            }
        }

        @Override
        public void multiply(double[] x, double[] g, double[] v, double[] out) {
            hv.multiply(x, g, v, out);
        }

        @Override
        public void update(StepRecord step) {
        }

        @Override
        public int innerIterations() {
            return iterations;
        }

        @Override
        public boolean reset() {
            if (pairs != null) {
                pairs.clear();
            }
            return fallback.request();
        }
    }
}
