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
 * η_k = min(0.5, √‖g‖) (superlinear convergence, N&amp;W Theorem 7.2), or at the first direction of
 * non-positive curvature (then the current iterate of CG, or −g if that happens at once). Only
 * Hessian-vector products are used, so the Hessian is never formed and the method runs at
 * n = 10⁶; memory is five n-vectors. CG stops after {@code maxCgIterations} products
 * (default: n, CG's exact-arithmetic bound).
 */
public final class NewtonCg implements CurvatureProvider {
    private static final NewtonCg DEFAULT = new NewtonCg(HessianVectorSource.AUTOMATIC, 0);

    private final HessianVectorSource products;
    private final int maxCgIterations;

    private NewtonCg(HessianVectorSource products, int maxCgIterations) {
        this.products = products;
        this.maxCgIterations = maxCgIterations;
    }

    /** Exact products when available, else finite differences; at most n CG iterations. */
    public static NewtonCg defaults() {
        return DEFAULT;
    }

    /** Where the Hessian-vector products come from. */
    public NewtonCg withProducts(HessianVectorSource products) {
        return new NewtonCg(Checks.notNull(products, "products"), maxCgIterations);
    }

    /** The CG iteration limit per direction (≥ 1), instead of n. */
    public NewtonCg withMaxCgIterations(int max) {
        return new NewtonCg(products, Checks.positive(max, "maxCgIterations"));
    }

    @Override
    public CurvatureModel start(CountingObjective objective) {
        int n = objective.dimension();
        return new Model(products.start(objective), n,
                maxCgIterations == 0 ? n : maxCgIterations);
    }

    @Override
    public String toString() {
        return "NewtonCg[" + products + ", maxCg=" + (maxCgIterations == 0 ? "n" : maxCgIterations) + "]";
    }

    private static final class Model implements CurvatureModel {
        private final HessianVectorSource.Evaluator hv;
        private final int maxCg;
        private final double[] r;
        private final double[] d;
        private final double[] bd;
        private final SteepestDescentFallback fallback = new SteepestDescentFallback();

        Model(HessianVectorSource.Evaluator hv, int n, int maxCg) {
            this.hv = hv;
            this.maxCg = maxCg;
            this.r = new double[n];
            this.d = new double[n];
            this.bd = new double[n];
        }

        @Override
        public DirectionStatus direction(double[] x, double[] g, double[] z) {
            if (fallback.apply(g, z)) {
                return DirectionStatus.OK;
            }
            double gNorm = Vectors.norm2(g);
            double tolerance = Math.min(0.5, Math.sqrt(gNorm)) * gNorm;
            java.util.Arrays.fill(z, 0);
            System.arraycopy(g, 0, r, 0, g.length);
            Vectors.scale(-1, g, d);
            double rr = gNorm * gNorm;
            for (int j = 0; j < maxCg; j++) {
                hv.multiply(x, g, d, bd);
                double dBd = Vectors.dot(d, bd);
                if (!Double.isFinite(dBd)) {
                    return DirectionStatus.NON_FINITE;
                }
                if (dBd <= 0) {
                    if (j == 0) {
                        Vectors.scale(-1, g, z);
                    }
                    return DirectionStatus.OK;
                }
                double alpha = rr / dBd;
                Vectors.axpy(alpha, d, z);
                Vectors.axpy(alpha, bd, r);
                double rrNext = Vectors.dot(r, r);
                if (Math.sqrt(rrNext) <= tolerance) {
                    return DirectionStatus.OK;
                }
                double beta = rrNext / rr;
                rr = rrNext;
                for (int i = 0; i < d.length; i++) {
                    d[i] = -r[i] + beta * d[i];
                }
            }
            return DirectionStatus.OK;
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
