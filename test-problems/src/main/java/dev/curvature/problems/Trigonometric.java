package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Trigonometric function (Moré, Garbow &amp; Hillstrom 1981, problem 26): m = n,
 * rᵢ = n − Σⱼ cos xⱼ + i(1 − cos xᵢ) − sin xᵢ; x0 = (1/n, …, 1/n); default n = 10; f* = 0 (at
 * x = 0, among others; the function also has non-zero local minima).
 */
final class Trigonometric extends SumOfSquares {

    Trigonometric(int n) {
        super("trigonometric", filled(atLeast(n, 1, "trigonometric"), 1.0 / n),
                OptionalDouble.of(0), "Moré, Garbow & Hillstrom (1981), problem 26");
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
        return n == dimension() ? this : new Trigonometric(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[dimension()]);
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
    double residual(int e, double[] x, int k, double[] g, double[] h) {
        int i = e + 1;
        double r = k + i * (1 - Math.cos(x[e])) - Math.sin(x[e]);
        for (int j = 0; j < k; j++) {
            double cj = Math.cos(x[j]);
            r -= cj;
            if (g != null) {
                g[j] = Math.sin(x[j]);
            }
            if (h != null) {
                h[j * k + j] = cj;
            }
        }
        if (g != null) {
            g[e] += i * Math.sin(x[e]) - Math.cos(x[e]);
        }
        if (h != null) {
            h[e * k + e] += i * Math.cos(x[e]) + Math.sin(x[e]);
        }
        return r;
    }
}
