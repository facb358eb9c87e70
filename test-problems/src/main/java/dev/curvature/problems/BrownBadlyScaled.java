package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Brown badly scaled function (Moré, Garbow &amp; Hillstrom 1981, problem 4): n = 2, m = 3,
 * r₁ = x₁ − 10⁶, r₂ = x₂ − 2·10⁻⁶, r₃ = x₁x₂ − 2; x0 = (1, 1); f* = 0 at (10⁶, 2·10⁻⁶).
 */
final class BrownBadlyScaled extends SumOfSquares {

    BrownBadlyScaled() {
        super("brown-badly-scaled", new double[] {1, 1}, OptionalDouble.of(0),
                "Moré, Garbow & Hillstrom (1981), problem 4");
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[] {1e6, 2e-6});
    }

    @Override
    int elementCount() {
        return 3;
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
    double residual(int i, double[] u, int k, double[] g, double[] h) {
        switch (i) {
            case 0:
                if (g != null) {
                    g[0] = 1;
                }
                return u[0] - 1e6;
            case 1:
                if (g != null) {
                    g[1] = 1;
                }
                return u[1] - 2e-6;
            default:
                if (g != null) {
                    g[0] = u[1];
                    g[1] = u[0];
                }
                if (h != null) {
                    addSym(h, 2, 0, 1, 1);
                }
                return u[0] * u[1] - 2;
        }
    }
}
