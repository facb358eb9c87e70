package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Kowalik and Osborne function (Moré, Garbow &amp; Hillstrom 1981, problem 15): n = 4, m = 11,
 * rᵢ = yᵢ − x₁(uᵢ² + uᵢx₂)/(uᵢ² + uᵢx₃ + x₄); x0 = (0.25, 0.39, 0.415, 0.39);
 * f* = 3.07505…·10⁻⁴. The paper also lists f = 1.02734…·10⁻³ approached as
 * (+∞, −14.07…, −∞, −∞).
 */
final class KowalikOsborne extends SumOfSquares {
    private static final double[] Y = {0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456,
        0.0342, 0.0323, 0.0235, 0.0246};
    private static final double[] U = {4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714,
        0.0625};

    KowalikOsborne() {
        super("kowalik-osborne", new double[] {0.25, 0.39, 0.415, 0.39},
                OptionalDouble.of(3.07505e-4), "Moré, Garbow & Hillstrom (1981), problem 15");
    }

    @Override
    int elementCount() {
        return 11;
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
        double u = U[e];
        double num = u * u + u * x[1];
        double den = u * u + u * x[2] + x[3];
        double d2 = den * den;
        if (g != null) {
            g[0] = -num / den;
            g[1] = -x[0] * u / den;
            g[2] = x[0] * num * u / d2;
            g[3] = x[0] * num / d2;
        }
        if (h != null) {
            double d3 = d2 * den;
            addSym(h, 4, 0, 1, -u / den);
            addSym(h, 4, 0, 2, num * u / d2);
            addSym(h, 4, 0, 3, num / d2);
            addSym(h, 4, 1, 2, x[0] * u * u / d2);
            addSym(h, 4, 1, 3, x[0] * u / d2);
            h[10] = -2 * x[0] * num * u * u / d3;
            addSym(h, 4, 2, 3, -2 * x[0] * num * u / d3);
            h[15] = -2 * x[0] * num / d3;
        }
        return Y[e] - x[0] * num / den;
    }
}
