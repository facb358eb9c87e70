package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Meyer function (Moré, Garbow &amp; Hillstrom 1981, problem 10): n = 3, m = 16,
 * rᵢ = x₁ exp(x₂/(tᵢ + x₃)) − yᵢ with tᵢ = 45 + 5i; x0 = (0.02, 4000, 250); f* = 87.9458….
 * Badly scaled: the variables differ by five orders of magnitude and f(x0) ≈ 1.7·10⁹.
 */
final class Meyer extends SumOfSquares {
    private static final double[] Y = {34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261,
        7030, 6005, 5147, 4427, 3820, 3307, 2872};

    Meyer() {
        super("meyer", new double[] {0.02, 4000, 250}, OptionalDouble.of(87.9458),
                "Moré, Garbow & Hillstrom (1981), problem 10");
    }

    @Override
    int elementCount() {
        return 16;
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
        double q = 45 + 5 * (e + 1) + x[2];
        double ex = Math.exp(x[1] / q);
        if (g != null) {
            g[0] = ex;
            g[1] = x[0] * ex / q;
            g[2] = -x[0] * x[1] * ex / (q * q);
        }
        if (h != null) {
            double q2 = q * q;
            addSym(h, 3, 0, 1, ex / q);
            addSym(h, 3, 0, 2, -x[1] * ex / q2);
            h[4] = x[0] * ex / q2;
            addSym(h, 3, 1, 2, -x[0] * ex * (x[1] + q) / (q2 * q));
            h[8] = x[0] * x[1] * ex * (x[1] + 2 * q) / (q2 * q2);
        }
        return x[0] * ex - Y[e];
    }
}
