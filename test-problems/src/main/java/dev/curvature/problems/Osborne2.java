package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Osborne 2 function (Moré, Garbow &amp; Hillstrom 1981, problem 19): n = 11, m = 65,
 * rᵢ = yᵢ − (x₁e^{−tᵢx₅} + x₂e^{−(tᵢ−x₉)²x₆} + x₃e^{−(tᵢ−x₁₀)²x₇} + x₄e^{−(tᵢ−x₁₁)²x₈}) with
 * tᵢ = (i − 1)/10; x0 = (1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5); f* = 4.01377…·10⁻².
 */
final class Osborne2 extends SumOfSquares {
    private static final double[] Y = {1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847,
        0.786, 0.725, 0.746, 0.679, 0.608, 0.655, 0.616, 0.606, 0.602, 0.626, 0.651, 0.724, 0.649,
        0.649, 0.694, 0.644, 0.624, 0.661, 0.612, 0.558, 0.533, 0.495, 0.500, 0.423, 0.395, 0.375,
        0.372, 0.391, 0.396, 0.405, 0.428, 0.429, 0.523, 0.562, 0.607, 0.653, 0.672, 0.708, 0.633,
        0.668, 0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739, 0.710, 0.729, 0.720, 0.636, 0.581,
        0.428, 0.292, 0.162, 0.098, 0.054};

    Osborne2() {
        super("osborne-2", new double[] {1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5},
                OptionalDouble.of(4.01377e-2), "Moré, Garbow & Hillstrom (1981), problem 19");
    }

    @Override
    int elementCount() {
        return 65;
    }

    @Override
    int maxElementSize() {
        return 11;
    }

    @Override
    int variables(int e, int[] idx) {
        return allVariables(idx, 11);
    }

    @Override
    double residual(int e, double[] x, int k, double[] g, double[] h) {
        double t = e / 10.0;
        double ex = Math.exp(-t * x[4]);
        double model = x[0] * ex;
        if (g != null) {
            g[0] = -ex;
            g[4] = t * x[0] * ex;
        }
        if (h != null) {
            addSym(h, 11, 0, 4, t * ex);
            h[4 * 11 + 4] = -t * t * x[0] * ex;
        }
        for (int j = 1; j <= 3; j++) {
            int ia = j;
            int ib = j + 4;
            int ic = j + 7;
            double a = x[ia];
            double b = x[ib];
            double s = t - x[ic];
            double s2 = s * s;
            double eg = Math.exp(-s2 * b);
            model += a * eg;
            // derivatives of the model term a·exp(−(t − c)²b); the residual takes their negatives
            if (g != null) {
                g[ia] = -eg;
                g[ib] = a * s2 * eg;
                g[ic] = -2 * a * b * s * eg;
            }
            if (h != null) {
                addSym(h, 11, ia, ib, s2 * eg);
                addSym(h, 11, ia, ic, -2 * b * s * eg);
                h[ib * 11 + ib] = -a * s2 * s2 * eg;
                addSym(h, 11, ib, ic, -2 * a * s * eg * (1 - b * s2));
                h[ic * 11 + ic] = -2 * a * b * eg * (2 * b * s2 - 1);
            }
        }
        return Y[e] - model;
    }
}
