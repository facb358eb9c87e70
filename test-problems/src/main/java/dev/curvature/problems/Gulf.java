package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Gulf research and development function (Moré, Garbow &amp; Hillstrom 1981, problem 11): n = 3,
 * m = 99, rᵢ = exp(−|yᵢ − x₂|^{x₃}/x₁) − tᵢ with tᵢ = i/100, yᵢ = 25 + (−50 ln tᵢ)^{2/3};
 * x0 = (5, 2.5, 0.15); f* = 0 at (50, 25, 1.5). The paper allows n ≤ m ≤ 100; m = 99 is the
 * value of the MGH Fortran driver. (The printed formula's "mi" is a minus sign.)
 */
final class Gulf extends SumOfSquares {
    private static final int M = 99;

    Gulf() {
        super("gulf", new double[] {5, 2.5, 0.15}, OptionalDouble.of(0),
                "Moré, Garbow & Hillstrom (1981), problem 11 (m = 99)");
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[] {50, 25, 1.5});
    }

    @Override
    int elementCount() {
        return M;
    }

    @Override
    int maxElementSize() {
        return 3;
    }

    @Override
    int variables(int e, int[] idx) {
        return allVariables(idx, 3);
    }

    @Override
    double residual(int e, double[] x, int k, double[] g, double[] h) {
        double t = (e + 1) / 100.0;
        double y = 25 + Math.pow(-50 * Math.log(t), 2.0 / 3.0);
        double diff = y - x[1];
        double sigma = Math.signum(diff);
        double a = Math.abs(diff);
        double p = Math.pow(a, x[2]);
        double z = p / x[0];
        double ex = Math.exp(-z);
        if (g != null || h != null) {
            double la = Math.log(a);
            double x1 = x[0];
            double x3 = x[2];
            double z1 = -p / (x1 * x1);
            double z2 = -sigma * x3 * p / (a * x1);
            double z3 = p * la / x1;
            if (g != null) {
                g[0] = -ex * z1;
                g[1] = -ex * z2;
                g[2] = -ex * z3;
            }
            if (h != null) {
                double z11 = 2 * p / (x1 * x1 * x1);
                double z12 = sigma * x3 * p / (a * x1 * x1);
                double z13 = -p * la / (x1 * x1);
                double z22 = x3 * (x3 - 1) * p / (a * a * x1);
                double z23 = -sigma * p * (1 + x3 * la) / (a * x1);
                double z33 = p * la * la / x1;
                h[0] = ex * (z1 * z1 - z11);
                addSym(h, 3, 0, 1, ex * (z1 * z2 - z12));
                addSym(h, 3, 0, 2, ex * (z1 * z3 - z13));
                h[4] = ex * (z2 * z2 - z22);
                addSym(h, 3, 1, 2, ex * (z2 * z3 - z23));
                h[8] = ex * (z3 * z3 - z33);
            }
        }
        return ex - t;
    }
}
