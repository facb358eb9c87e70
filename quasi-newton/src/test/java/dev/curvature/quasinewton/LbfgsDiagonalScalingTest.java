package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.HessianDiagonal;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.spi.IterativeOptimizer;
import org.junit.jupiter.api.Test;

/**
 * L-BFGS with H₀ = γ·diag(∇²f(x_k))⁻¹ on an objective that reports its Hessian diagonal: a badly
 * scaled quadratic A = S·T·S, T = tridiag(−0.3, 1, −0.3), S = diag(10^{−2…2}), so diag(A) = S²
 * and the scaled problem is T (κ ≈ 2.5) while A has κ ≈ 10⁸.
 */
class LbfgsDiagonalScalingTest {
    private static final int N = 40;
    private static final double TOLERANCE = 1e-6;

    private static double scale(int i) {
        return Math.pow(10, 4.0 * i / (N - 1) - 2);
    }

    /** f = ½(x − 1)ᵀA(x − 1): minimizer x* = 1, f* = 0 (no cancellation near the minimum). */
    private static final class ScaledQuadratic implements Objective, HessianDiagonal {
        private double[] ax(double[] x) {
            double[] out = new double[N];
            for (int i = 0; i < N; i++) {
                double t = scale(i) * x[i];
                if (i > 0) {
                    t -= 0.3 * scale(i - 1) * x[i - 1];
                }
                if (i < N - 1) {
                    t -= 0.3 * scale(i + 1) * x[i + 1];
                }
                out[i] = scale(i) * t;
            }
            return out;
        }

        @Override
        public int dimension() {
            return N;
        }

        @Override
        public double value(double[] x) {
            double[] e = error(x);
            double[] a = ax(e);
            double f = 0;
            for (int i = 0; i < N; i++) {
                f += 0.5 * e[i] * a[i];
            }
            return f;
        }

        private double[] error(double[] x) {
            double[] e = x.clone();
            for (int i = 0; i < N; i++) {
                e[i] -= 1;
            }
            return e;
        }

        @Override
        public void gradient(double[] x, double[] g) {
            System.arraycopy(ax(error(x)), 0, g, 0, N);
        }

        @Override
        public void hessianDiagonal(double[] x, double[] out) {
            for (int i = 0; i < N; i++) {
                out[i] = scale(i) * scale(i);
            }
        }
    }

    private static IterativeOptimizer lbfgs(Lbfgs curvature) {
        IterativeOptimizer o = QuasiNewtonMethods.lbfgs();
        return new IterativeOptimizer("lbfgs", curvature, o.globalization(),
                o.criteria().withGradientTolerance(TOLERANCE).withMaxIterations(5000));
    }

    @Test
    void theHessianDiagonalRemovesTheVariablesScalesFromTheIterationCount() {
        OptimizationResult scaled = lbfgs(Lbfgs.defaults()).minimize(new ScaledQuadratic(), new double[N]);
        OptimizationResult plain = lbfgs(Lbfgs.defaults().withDiagonalScaling(false))
                .minimize(new ScaledQuadratic(), new double[N]);
        assertTrue(scaled.converged() && scaled.gradientNorm() <= TOLERANCE, scaled::toString);
        // T has κ ≈ 2.5: a few dozen iterations at most; A's κ ≈ 10⁸ costs the plain run many more.
        assertTrue(scaled.iterations() <= 40, scaled::toString);
        assertTrue(plain.iterations() > 3 * scaled.iterations(), () -> plain + "\nvs\n" + scaled);
        // One Hessian-diagonal evaluation per direction, at its iterate.
        assertEquals(scaled.iterations(), scaled.hessianEvaluations());
        assertEquals(0, plain.hessianEvaluations());
        // f − f* = ½(S⁻¹g)ᵀT⁻¹(S⁻¹g) ≤ ½·(1/0.4)·N·(100·‖g‖∞)², f* = 0.
        double gap = scaled.value();
        assertTrue(gap >= 0 && gap <= 1.25 * N * Math.pow(100 * TOLERANCE, 2), () -> "f − f* = " + gap);
    }
}
