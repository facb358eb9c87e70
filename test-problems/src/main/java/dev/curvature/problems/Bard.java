package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Bard function (Moré, Garbow &amp; Hillstrom 1981, problem 8): n = 3, m = 15,
 * rᵢ = yᵢ − (x₁ + uᵢ/(vᵢx₂ + wᵢx₃)) with uᵢ = i, vᵢ = 16 − i, wᵢ = min(uᵢ, vᵢ); x0 = (1, 1, 1);
 * f* = 8.21487…·10⁻³. The paper also lists f = 17.4286… as x₂, x₃ → −∞ with x₁ = 0.8406….
 */
final class Bard extends SumOfSquares {
    private static final double[] Y = {0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58,
        0.73, 0.96, 1.34, 2.10, 4.39};

    Bard() {
        super("bard", new double[] {1, 1, 1}, OptionalDouble.of(8.21487e-3),
                "Moré, Garbow & Hillstrom (1981), problem 8");
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
        double u = e + 1;
        double v = 16 - u;
        double w = Math.min(u, v);
        double d = v * x[1] + w * x[2];
        if (g != null) {
            g[0] = -1;
            g[1] = u * v / (d * d);
            g[2] = u * w / (d * d);
        }
        if (h != null) {
            double d3 = d * d * d;
            h[4] = -2 * u * v * v / d3;
            h[8] = -2 * u * w * w / d3;
            addSym(h, 3, 1, 2, -2 * u * v * w / d3);
        }
        return Y[e] - (x[0] + u / d);
    }
}
