package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Linear function — rank 1 (Moré, Garbow &amp; Hillstrom 1981, problem 33): rᵢ = i Σⱼ j xⱼ − 1,
 * i = 1…m, with m = 2n here (the paper allows any m ≥ n); x0 = (1, …, 1); default n = 10;
 * f* = m(m − 1)/(2(2m + 1)) on the hyperplane Σⱼ j xⱼ = 3/(2m + 1).
 */
final class LinearRank1 extends SumOfSquares {

    LinearRank1(int n) {
        super("linear-rank-1", filled(atLeast(n, 1, "linear-rank-1"), 1),
                OptionalDouble.of(2.0 * n * (2 * n - 1) / (2.0 * (4 * n + 1))),
                "Moré, Garbow & Hillstrom (1981), problem 33 (m = 2n)");
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
        return n == dimension() ? this : new LinearRank1(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        double[] x = new double[dimension()];
        x[0] = 3.0 / (2 * elementCount() + 1);
        return Optional.of(x);
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
        int i = e + 1;
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += (j + 1) * x[j];
            if (g != null) {
                g[j] = i * (j + 1);
            }
        }
        return i * s - 1;
    }
}
