package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Box three-dimensional function (Moré, Garbow &amp; Hillstrom 1981, problem 12): n = 3, m = 10,
 * rᵢ = e^{−tᵢx₁} − e^{−tᵢx₂} − x₃(e^{−tᵢ} − e^{−10tᵢ}) with tᵢ = 0.1i; x0 = (0, 10, 20); f* = 0
 * at (1, 10, 1), at (10, 1, −1) and wherever x₁ = x₂, x₃ = 0.
 */
final class Box3d extends SumOfSquares {
    private static final int M = 10;

    Box3d() {
        super("box-3d", new double[] {0, 10, 20}, OptionalDouble.of(0),
                "Moré, Garbow & Hillstrom (1981), problem 12 (m = 10)");
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[] {1, 10, 1});
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
        double t = 0.1 * (e + 1);
        double e1 = Math.exp(-t * x[0]);
        double e2 = Math.exp(-t * x[1]);
        double c = Math.exp(-t) - Math.exp(-10 * t);
        if (g != null) {
            g[0] = -t * e1;
            g[1] = t * e2;
            g[2] = -c;
        }
        if (h != null) {
            h[0] = t * t * e1;
            h[4] = -t * t * e2;
        }
        return e1 - e2 - x[2] * c;
    }
}
