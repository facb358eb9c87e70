package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Linear function — rank 1 with zero columns and rows (Moré, Garbow &amp; Hillstrom 1981,
 * problem 34): r₁ = r_m = −1, rᵢ = (i − 1)Σ_{j=2}^{n−1} j xⱼ − 1 for 1 &lt; i &lt; m, with m = 2n
 * here (the paper allows any m ≥ n); x0 = (1, …, 1); default n = 10;
 * f* = (m² + 3m − 6)/(2(2m − 3)) on the hyperplane Σ_{j=2}^{n−1} j xⱼ = 3/(2m − 3).
 */
final class LinearRank1Zero extends SumOfSquares {

    LinearRank1Zero(int n) {
        super("linear-rank-1-zero", filled(atLeast(n, 3, "linear-rank-1-zero"), 1),
                OptionalDouble.of(fStar(2 * n)),
                "Moré, Garbow & Hillstrom (1981), problem 34 (m = 2n)");
    }

    private static double fStar(int m) {
        return (m * (double) m + 3 * m - 6) / (2.0 * (2 * m - 3));
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.atLeast(3);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new LinearRank1Zero(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        double[] x = new double[dimension()];
        x[1] = 3.0 / (2 * elementCount() - 3) / 2;
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
        if (e == 0 || e == elementCount() - 1) {
            return -1;
        }
        double s = 0;
        for (int j = 1; j < k - 1; j++) {
            s += (j + 1) * x[j];
            if (g != null) {
                g[j] = e * (j + 1);
            }
        }
        return e * s - 1;
    }
}
