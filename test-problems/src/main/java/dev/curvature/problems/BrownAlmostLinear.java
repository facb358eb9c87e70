package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Brown almost-linear function (Moré, Garbow &amp; Hillstrom 1981, problem 27): m = n,
 * rᵢ = xᵢ + Σⱼ xⱼ − (n + 1) for i &lt; n, rₙ = Πⱼ xⱼ − 1; x0 = (1/2, …, 1/2); default n = 10;
 * f* = 0 at (α, …, α, α^{1−n}) with nαⁿ − (n + 1)α^{n−1} + 1 = 0, in particular at (1, …, 1);
 * the paper also lists f = 1 at (0, …, 0, n + 1).
 */
final class BrownAlmostLinear extends SumOfSquares {

    BrownAlmostLinear(int n) {
        super("brown-almost-linear", filled(atLeast(n, 2, "brown-almost-linear"), 0.5),
                OptionalDouble.of(0), "Moré, Garbow & Hillstrom (1981), problem 27");
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.atLeast(2);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new BrownAlmostLinear(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), 1));
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

    /** The product of x over all indices except {@code skip1} and {@code skip2}. */
    private static double productExcept(double[] x, int k, int skip1, int skip2) {
        double p = 1;
        for (int j = 0; j < k; j++) {
            if (j != skip1 && j != skip2) {
                p *= x[j];
            }
        }
        return p;
    }

    @Override
    double residual(int e, double[] x, int k, double[] g, double[] h) {
        if (e < k - 1) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += x[j];
                if (g != null) {
                    g[j] = 1;
                }
            }
            if (g != null) {
                g[e] = 2;
            }
            return x[e] + s - (k + 1);
        }
        if (g != null) {
            for (int j = 0; j < k; j++) {
                g[j] = productExcept(x, k, j, j);
            }
        }
        if (h != null) {
            for (int j = 0; j < k; j++) {
                for (int l = j + 1; l < k; l++) {
                    addSym(h, k, j, l, productExcept(x, k, j, l));
                }
            }
        }
        return productExcept(x, k, -1, -1) - 1;
    }
}
