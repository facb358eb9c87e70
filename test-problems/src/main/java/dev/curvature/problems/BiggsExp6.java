package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Biggs EXP6 function (Moré, Garbow &amp; Hillstrom 1981, problem 18): n = 6, m = 13,
 * rᵢ = x₃e^{−tᵢx₁} − x₄e^{−tᵢx₂} + x₆e^{−tᵢx₅} − yᵢ with tᵢ = 0.1i and
 * yᵢ = e^{−tᵢ} − 5e^{−10tᵢ} + 3e^{−4tᵢ}; x0 = (1, 2, 1, 1, 1, 1). The paper lists f = 5.65565…·10⁻³
 * (a local minimum, for m = 13) and f = 0 at (1, 10, 1, 5, 4, 3); {@link #knownMinimum()} is the
 * global value 0.
 */
final class BiggsExp6 extends SumOfSquares {
    private static final int M = 13;

    BiggsExp6() {
        super("biggs-exp6", new double[] {1, 2, 1, 1, 1, 1}, OptionalDouble.of(0),
                "Moré, Garbow & Hillstrom (1981), problem 18 (m = 13)");
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[] {1, 10, 1, 5, 4, 3});
    }

    @Override
    int elementCount() {
        return M;
    }

    @Override
    int maxElementSize() {
        return 6;
    }

    @Override
    int variables(int e, int[] idx) {
        return allVariables(idx, 6);
    }

    @Override
    double residual(int e, double[] x, int k, double[] g, double[] h) {
        double t = 0.1 * (e + 1);
        double y = Math.exp(-t) - 5 * Math.exp(-10 * t) + 3 * Math.exp(-4 * t);
        double e1 = Math.exp(-t * x[0]);
        double e2 = Math.exp(-t * x[1]);
        double e5 = Math.exp(-t * x[4]);
        if (g != null) {
            g[0] = -t * x[2] * e1;
            g[1] = t * x[3] * e2;
            g[2] = e1;
            g[3] = -e2;
            g[4] = -t * x[5] * e5;
            g[5] = e5;
        }
        if (h != null) {
            h[0] = t * t * x[2] * e1;
            addSym(h, 6, 0, 2, -t * e1);
            h[7] = -t * t * x[3] * e2;
            addSym(h, 6, 1, 3, t * e2);
            h[28] = t * t * x[5] * e5;
            addSym(h, 6, 4, 5, -t * e5);
        }
        return x[2] * e1 - x[3] * e2 + x[5] * e5 - y;
    }
}
