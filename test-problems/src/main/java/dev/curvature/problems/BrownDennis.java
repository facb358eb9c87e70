package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Brown and Dennis function (Moré, Garbow &amp; Hillstrom 1981, problem 16): n = 4, m = 20,
 * rᵢ = (x₁ + tᵢx₂ − e^{tᵢ})² + (x₃ + x₄ sin tᵢ − cos tᵢ)² with tᵢ = i/5; x0 = (25, 5, −5, −1);
 * f* = 85822.2… (the paper's value for m = 20).
 */
final class BrownDennis extends SumOfSquares {
    private static final int M = 20;

    BrownDennis() {
        super("brown-dennis", new double[] {25, 5, -5, -1}, OptionalDouble.of(85822.2),
                "Moré, Garbow & Hillstrom (1981), problem 16 (m = 20)");
    }

    @Override
    int elementCount() {
        return M;
    }

    @Override
    int maxElementSize() {
        return 4;
    }

    @Override
    int variables(int e, int[] idx) {
        return allVariables(idx, 4);
    }

    @Override
    double residual(int e, double[] x, int k, double[] g, double[] h) {
        double t = (e + 1) / 5.0;
        double s = Math.sin(t);
        double a = x[0] + t * x[1] - Math.exp(t);
        double b = x[2] + x[3] * s - Math.cos(t);
        if (g != null) {
            g[0] = 2 * a;
            g[1] = 2 * a * t;
            g[2] = 2 * b;
            g[3] = 2 * b * s;
        }
        if (h != null) {
            h[0] = 2;
            addSym(h, 4, 0, 1, 2 * t);
            h[5] = 2 * t * t;
            h[10] = 2;
            addSym(h, 4, 2, 3, 2 * s);
            h[15] = 2 * s * s;
        }
        return a * a + b * b;
    }
}
