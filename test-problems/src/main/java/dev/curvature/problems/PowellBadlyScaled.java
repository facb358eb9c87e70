package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Powell badly scaled function (Moré, Garbow &amp; Hillstrom 1981, problem 3): n = m = 2,
 * r₁ = 10⁴x₁x₂ − 1, r₂ = e^{−x₁} + e^{−x₂} − 1.0001; x0 = (0, 1); f* = 0 at
 * (1.098…·10⁻⁵, 9.106…) (the paper gives the minimizer only to four digits).
 */
final class PowellBadlyScaled extends SumOfSquares {

    PowellBadlyScaled() {
        super("powell-badly-scaled", new double[] {0, 1}, OptionalDouble.of(0),
                "Moré, Garbow & Hillstrom (1981), problem 3");
    }

    @Override
    int elementCount() {
        return 2;
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
        if (i == 0) {
            if (g != null) {
                g[0] = 1e4 * u[1];
                g[1] = 1e4 * u[0];
            }
            if (h != null) {
                addSym(h, 2, 0, 1, 1e4);
            }
            return 1e4 * u[0] * u[1] - 1;
        }
        double e1 = Math.exp(-u[0]);
        double e2 = Math.exp(-u[1]);
        if (g != null) {
            g[0] = -e1;
            g[1] = -e2;
        }
        if (h != null) {
            h[0] = e1;
            h[3] = e2;
        }
        return e1 + e2 - 1.0001;
    }
}
