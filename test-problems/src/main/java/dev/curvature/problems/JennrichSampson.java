package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Jennrich and Sampson function (Moré, Garbow &amp; Hillstrom 1981, problem 6): n = 2, m = 10,
 * rᵢ = 2 + 2i − (e^{i x₁} + e^{i x₂}); x0 = (0.3, 0.4); f* = 124.362… at x₁ = x₂ = 0.2578… (the
 * paper's value for m = 10). {@link #knownMinimum()} is 124.362182, the paper's value completed to
 * nine digits by our own damped-Newton run (the printed digits lie 1.8·10⁻⁴ below the minimum).
 */
final class JennrichSampson extends SumOfSquares {
    private static final int M = 10;

    JennrichSampson() {
        super("jennrich-sampson", new double[] {0.3, 0.4}, OptionalDouble.of(124.362182),
                "Moré, Garbow & Hillstrom (1981), problem 6 (m = 10)");
    }

    @Override
    int elementCount() {
        return M;
    }

    @Override
    int maxElementSize() {
        return 2;
    }

    @Override
    int variables(int e, int[] idx) {
        return allVariables(idx, 2);
    }

    @Override
    double residual(int e, double[] u, int k, double[] g, double[] h) {
        int i = e + 1;
        double a = Math.exp(i * u[0]);
        double b = Math.exp(i * u[1]);
        if (g != null) {
            g[0] = -i * a;
            g[1] = -i * b;
        }
        if (h != null) {
            h[0] = -i * i * a;
            h[3] = -i * i * b;
        }
        return 2 + 2 * i - (a + b);
    }
}
