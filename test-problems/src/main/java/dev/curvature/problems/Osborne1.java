package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Osborne 1 function (Moré, Garbow &amp; Hillstrom 1981, problem 17): n = 5, m = 33,
 * rᵢ = yᵢ − (x₁ + x₂e^{−tᵢx₄} + x₃e^{−tᵢx₅}) with tᵢ = 10(i − 1);
 * x0 = (0.5, 1.5, −1, 0.01, 0.02); f* = 5.46489…·10⁻⁵.
 */
final class Osborne1 extends SumOfSquares {
    private static final double[] Y = {0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850,
        0.818, 0.784, 0.751, 0.718, 0.685, 0.658, 0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506,
        0.490, 0.478, 0.467, 0.457, 0.448, 0.438, 0.431, 0.424, 0.420, 0.414, 0.411, 0.406};

    Osborne1() {
        super("osborne-1", new double[] {0.5, 1.5, -1, 0.01, 0.02}, OptionalDouble.of(5.46489e-5),
                "Moré, Garbow & Hillstrom (1981), problem 17");
    }

    @Override
    int elementCount() {
        return 33;
    }

    @Override
    int maxElementSize() {
        return 5;
    }

    @Override
    int variables(int e, int[] idx) {
        return allVariables(idx, 5);
    }

    @Override
    double residual(int e, double[] x, int k, double[] g, double[] h) {
        double t = 10.0 * e;
        double e4 = Math.exp(-t * x[3]);
        double e5 = Math.exp(-t * x[4]);
        if (g != null) {
            g[0] = -1;
            g[1] = -e4;
            g[2] = -e5;
            g[3] = t * x[1] * e4;
            g[4] = t * x[2] * e5;
        }
        if (h != null) {
            addSym(h, 5, 1, 3, t * e4);
            h[18] = -t * t * x[1] * e4;
            addSym(h, 5, 2, 4, t * e5);
            h[24] = -t * t * x[2] * e5;
        }
        return Y[e] - (x[0] + x[1] * e4 + x[2] * e5);
    }
}
