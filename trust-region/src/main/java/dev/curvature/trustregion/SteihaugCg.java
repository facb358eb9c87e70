package dev.curvature.trustregion;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.Vectors;

/**
 * Steihaug's truncated conjugate gradient method for the trust-region subproblem (Steihaug 1983;
 * Nocedal &amp; Wright, 2nd ed., Algorithm 7.2). CG on Bp = −g from p = 0, stopped
 * <ul>
 *   <li>when a direction of non-positive curvature dᵀBd ≤ 0 appears: the step goes to the
 *       boundary along d, to whichever of the two crossings has the lower model value;
 *   <li>when the next iterate would leave the region: the step stops on the boundary;
 *   <li>when the residual ‖r_j‖ = ‖g + Bp_j‖ falls below ε = min(0.5, √‖g‖)·‖g‖ (N&amp;W §7.1:
 *       the forcing sequence η_k = min(0.5, √‖∇f_k‖), which gives superlinear convergence by
 *       their Theorem 7.2);
 *   <li>after {@code maxIterations} CG steps, by default 100·n. In exact arithmetic CG ends
 *       within n steps (Steihaug 1983), but in floating point it loses conjugacy on
 *       ill-conditioned systems and keeps reducing the residual well past n steps (Greenbaum,
 *       <i>Iterative Methods for Solving Linear Systems</i>, 1997, ch. 4); Conn, Gould &amp;
 *       Toint (<i>Trust-Region Methods</i>, 2000, §7.5.1) stop on the residual test and keep an
 *       iteration limit only as a safeguard, and SciPy's {@code trust-ncg} has none. A cap of n
 *       starved the subproblem on an independent CUTEst set (186 solved against trust-ncg's
 *       194; 100·n: 199, none lost); measurements in docs/defaults.md#steihaug-cg-cap.
 * </ul>
 * The first CG step is the Cauchy step and m decreases monotonically along the CG path (whose
 * iterates grow in norm, N&amp;W Theorem 7.3), so the result has at least the Cauchy decrease
 * m(0) − m(p) ≥ ½‖g‖min(Δ, ‖g‖/‖B‖) (N&amp;W (4.20)).
 * Needs only products B·v, so it serves matrix-free models (L-BFGS, Hessian-vector products) and
 * indefinite ones (SR1). Immutable and thread-safe.
 */
public final class SteihaugCg implements TrustRegionSolver {
    private static final SteihaugCg DEFAULT = new SteihaugCg(0);

    /** 0 means "n". */
    /** The default cap on CG steps per solve, as a multiple of n (see the class comment). */
    public static final int DEFAULT_CAP_PER_DIMENSION = 100;

    private final int maxIterations;

    /** k·n CG steps, saturating at Integer.MAX_VALUE. */
    static int defaultCap(int n) {
        return (int) Math.min(Integer.MAX_VALUE, (long) DEFAULT_CAP_PER_DIMENSION * n);
    }

    private SteihaugCg(int maxIterations) {
        this.maxIterations = maxIterations;
    }

    /** At most n CG steps per solve. */
    public static SteihaugCg defaults() {
        return DEFAULT;
    }

    /** At most {@code max} CG steps per solve (≥ 1) instead of n. */
    public SteihaugCg withMaxIterations(int max) {
        return new SteihaugCg(Checks.positive(max, "maxIterations"));
    }

    @Override
    public State start(CurvatureModel model, int n) {
        Checks.notNull(model, "model");
        return new Solve(model, n, maxIterations == 0 ? defaultCap(n) : maxIterations);
    }

    @Override
    public String toString() {
        return "SteihaugCg[maxIterations=" + (maxIterations == 0 ? DEFAULT_CAP_PER_DIMENSION + "n"
                : maxIterations) + "]";
    }

    private static final class Solve implements State {
        private final CurvatureModel model;
        private final int maxIterations;
        private final double[] r;
        private final double[] d;
        private final double[] bd;
        private final double[] trial;
        private final double[] roots = new double[2];
        private int iterations;

        Solve(CurvatureModel model, int n, int maxIterations) {
            this.model = model;
            this.maxIterations = maxIterations;
            this.r = new double[n];
            this.d = new double[n];
            this.bd = new double[n];
            this.trial = new double[n];
        }

        @Override
        public double solve(double[] x, double[] g, double radius, double[] z) {
            java.util.Arrays.fill(z, 0.0);
            Vectors.copy(g, r);
            Vectors.scale(-1, g, d);
            double rr = Vectors.dot(r, r);
            double gNorm = Math.sqrt(rr);
            double tolerance = Math.min(0.5, Math.sqrt(gNorm)) * gNorm;
            double m = 0; // m(z), tracked along the path
            iterations = 0;
            if (!(gNorm > tolerance)) {
                return m; // only for g = 0 (or NaN): the zero step
            }
            for (int j = 0; j < maxIterations; j++) {
                iterations = j + 1;
                model.multiply(x, g, d, bd);
                double dBd = Vectors.dot(d, bd);
                double rd = Vectors.dot(r, d); // ∇m(z)ᵀd
                if (!Double.isFinite(dBd)) {
                    return Double.NaN;
                }
                if (dBd <= 0) {
                    // Negative curvature: to the boundary, at the crossing with the lower m.
                    Subproblems.boundaryRoots(z, d, radius, roots);
                    double mMinus = roots[0] * rd + 0.5 * roots[0] * roots[0] * dBd;
                    double mPlus = roots[1] * rd + 0.5 * roots[1] * roots[1] * dBd;
                    double tau = mMinus < mPlus ? roots[0] : roots[1];
                    Vectors.axpy(tau, d, z);
                    return m + Math.min(mMinus, mPlus);
                }
                double alpha = rr / dBd;
                Vectors.addScaled(z, alpha, d, trial);
                if (Vectors.norm2(trial) >= radius) {
                    Subproblems.boundaryRoots(z, d, radius, roots);
                    double tau = roots[1];
                    Vectors.axpy(tau, d, z);
                    return m + tau * rd + 0.5 * tau * tau * dBd;
                }
                Vectors.copy(trial, z);
                m += alpha * rd + 0.5 * alpha * alpha * dBd;
                Vectors.axpy(alpha, bd, r);
                double rrNext = Vectors.dot(r, r);
                if (Math.sqrt(rrNext) < tolerance) {
                    return m;
                }
                Subproblems.conjugateDirection(r, rrNext / rr, d);
                rr = rrNext;
            }
            return m;
        }

        @Override
        public int innerIterations() {
            return iterations;
        }
    }
}
