package dev.curvature.trustregion;

import dev.curvature.api.linalg.CholeskyFactor;
import dev.curvature.api.linalg.DenseCurvatureModel;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.Vectors;

/**
 * Powell's dogleg method (Nocedal &amp; Wright, 2nd ed., §4.1, (4.15)–(4.16)): the minimizer of
 * m along the path from 0 to the unconstrained minimizer along −g, p_U = −(gᵀg/gᵀBg)g, and on to
 * the full step p_B = −B⁻¹g, cut at the boundary. Defined for positive-definite B; when B is not
 * positive definite the step is the Cauchy point (N&amp;W (4.11)–(4.12)), so the result always
 * has the Cauchy decrease m(0) − m(p) ≥ ½‖g‖min(Δ, ‖g‖/‖B‖) (N&amp;W Lemma 4.2 and (4.20)).
 *
 * <p>Positive definiteness is decided by a Cholesky factorization of B ({@link CholeskyFactor},
 * the project's dense backend) when the model is a
 * {@link DenseCurvatureModel} (the factorization also gives p_B). For a matrix-free model p_B is
 * the model's own direction, and B is treated as not positive definite when gᵀBg ≤ 0 or
 * p_BᵀBp_B = −gᵀp_B ≤ 0, the only curvature such a model reveals along the path. Immutable and
 * thread-safe.
 */
public final class Dogleg implements TrustRegionSolver {
    private static final Dogleg INSTANCE = new Dogleg();

    private Dogleg() {
    }

    /** The dogleg solver (it has no parameters). */
    public static Dogleg defaults() {
        return INSTANCE;
    }

    @Override
    public State start(CurvatureModel model, int n) {
        Checks.notNull(model, "model");
        return new Solve(model, n);
    }

    @Override
    public String toString() {
        return "Dogleg";
    }

    private static final class Solve implements State {
        private final CurvatureModel model;
        private final DenseCurvatureModel dense;
        private final CholeskyFactor cholesky;
        private final double[] bg;
        private final double[] newton;
        private final double[] cauchy;
        private final double[] leg;
        private final double[] roots = new double[2];

        Solve(CurvatureModel model, int n) {
            this.model = model;
            this.dense = model instanceof DenseCurvatureModel dm ? dm : null;
            this.cholesky = dense == null ? null : new CholeskyFactor(n);
            this.bg = new double[n];
            this.newton = new double[n];
            this.cauchy = new double[n];
            this.leg = new double[n];
        }

        @Override
        public double solve(double[] x, double[] g, double radius, double[] p) {
            model.multiply(x, g, g, bg);
            double gBg = Vectors.dot(g, bg);
            if (!Double.isFinite(gBg)) {
                return Double.NaN;
            }
            if (gBg <= 0 || !fullStep(x, g)) {
                return Subproblems.cauchyPoint(g, gBg, radius, p);
            }
            if (Vectors.norm2(newton) <= radius) {
                Vectors.copy(newton, p);
            } else {
                double gg = Vectors.dot(g, g);
                double gNorm = Math.sqrt(gg);
                double uLength = gg * gNorm / gBg; // ‖p_U‖
                if (uLength >= radius) {
                    Vectors.scale(-radius / gNorm, g, p);
                } else {
                    Vectors.scale(-gg / gBg, g, cauchy); // p_U
                    Vectors.subtract(newton, cauchy, leg);
                    Subproblems.boundaryRoots(cauchy, leg, radius, roots);
                    Vectors.addScaled(cauchy, Math.min(roots[1], 1), leg, p);
                }
            }
            return Subproblems.modelValue(model, x, g, p, leg);
        }

        /** p_B = −B⁻¹g into {@code newton}; false when B is (found) not positive definite. */
        private boolean fullStep(double[] x, double[] g) {
            if (dense != null) {
                if (!cholesky.factor(dense.matrix(x, g))) {
                    return false;
                }
                cholesky.solveNegated(g, newton);
                return true;
            }
            if (model.direction(x, g, newton) != DirectionStatus.OK
                    || !Vectors.allFinite(newton)) {
                return false;
            }
            return Vectors.dot(g, newton) < 0;
        }
    }
}
