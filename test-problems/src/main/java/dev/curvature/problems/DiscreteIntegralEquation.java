package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Discrete integral equation function (Moré, Garbow &amp; Hillstrom 1981, problem 29): m = n,
 * h = 1/(n + 1), tᵢ = ih,
 * rᵢ = xᵢ + h[(1 − tᵢ)Σ_{j≤i} tⱼ(xⱼ + tⱼ + 1)³ + tᵢ Σ_{j&gt;i} (1 − tⱼ)(xⱼ + tⱼ + 1)³]/2;
 * x0ⱼ = tⱼ(tⱼ − 1); default n = 10; f* = 0.
 */
final class DiscreteIntegralEquation extends SumOfSquares {

    DiscreteIntegralEquation(int n) {
        super("discrete-integral-equation",
                DiscreteBoundaryValue.start(atLeast(n, 1, "discrete-integral-equation")),
                OptionalDouble.of(0), "Moré, Garbow & Hillstrom (1981), problem 29");
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.atLeast(1);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new DiscreteIntegralEquation(n);
    }

    @Override
    int elementCount() {
        return dimension();
    }

    @Override
    int maxElementSize() {
        return dimension();
    }

    @Override
    int variables(int e, int[] idx) {
        return allVariables(idx, dimension());
    }

    @Override
    double residual(int e, double[] x, int k, double[] g, double[] hs) {
        double h = 1.0 / (k + 1);
        double ti = (e + 1) * h;
        double r = x[e];
        for (int j = 0; j < k; j++) {
            double tj = (j + 1) * h;
            double w = (j <= e ? (1 - ti) * tj : ti * (1 - tj)) * h / 2;
            double z = x[j] + tj + 1;
            r += w * z * z * z;
            if (g != null) {
                g[j] = 3 * w * z * z;
            }
            if (hs != null) {
                hs[j * k + j] = 6 * w * z;
            }
        }
        if (g != null) {
            g[e] += 1;
        }
        return r;
    }
}
