package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Gaussian function (Moré, Garbow &amp; Hillstrom 1981, problem 9): n = 3, m = 15,
 * rᵢ = x₁ exp(−x₂(tᵢ − x₃)²/2) − yᵢ with tᵢ = (8 − i)/2; x0 = (0.4, 1, 0);
 * f* = 1.12793…·10⁻⁸.
 */
final class Gaussian extends SumOfSquares {
    private static final double[] Y = {0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521,
        0.3989, 0.3521, 0.2420, 0.1295, 0.0540, 0.0175, 0.0044, 0.0009};

    Gaussian() {
        super("gaussian", new double[] {0.4, 1, 0}, OptionalDouble.of(1.12793e-8),
                "Moré, Garbow & Hillstrom (1981), problem 9");
    }

    @Override
    int elementCount() {
        return 15;
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
        double t = (8 - (e + 1)) / 2.0;
        double s = t - x[2];
        double s2 = s * s;
        double ex = Math.exp(-x[1] * s2 / 2);
        if (g != null) {
            g[0] = ex;
            g[1] = -x[0] * s2 / 2 * ex;
            g[2] = x[0] * x[1] * s * ex;
        }
        if (h != null) {
            addSym(h, 3, 0, 1, -s2 / 2 * ex);
            addSym(h, 3, 0, 2, x[1] * s * ex);
            h[4] = x[0] * s2 * s2 / 4 * ex;
            addSym(h, 3, 1, 2, x[0] * s * ex - x[0] * x[1] * s2 * s / 2 * ex);
            h[8] = x[0] * x[1] * (x[1] * s2 - 1) * ex;
        }
        return x[0] * ex - Y[e];
    }
}
