package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Linear function — full rank (Moré, Garbow &amp; Hillstrom 1981, problem 32):
 * rᵢ = xᵢ − (2/m)Σⱼ xⱼ − 1 for i ≤ n and rᵢ = −(2/m)Σⱼ xⱼ − 1 for i &gt; n, with m = 2n here (the
 * paper allows any m ≥ n); x0 = (1, …, 1); default n = 10; f* = m − n at (−1, …, −1).
 */
final class LinearFullRank extends SumOfSquares {

    LinearFullRank(int n) {
        super("linear-full-rank", filled(atLeast(n, 1, "linear-full-rank"), 1),
                OptionalDouble.of(n), "Moré, Garbow & Hillstrom (1981), problem 32 (m = 2n)");
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
        return n == dimension() ? this : new LinearFullRank(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), -1));
    }

    @Override
    int elementCount() {
        return 2 * dimension();
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
        double c = 2.0 / (2 * k);
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += x[j];
            if (g != null) {
                g[j] = -c;
            }
        }
        double r = -c * s - 1;
        if (e < k) {
            r += x[e];
            if (g != null) {
                g[e] += 1;
            }
        }
        return r;
    }
}
