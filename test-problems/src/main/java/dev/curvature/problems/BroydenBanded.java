package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Broyden banded function (Moré, Garbow &amp; Hillstrom 1981, problem 31; CUTEst BRYBND): m = n,
 * rᵢ = xᵢ(2 + 5xᵢ²) + 1 − Σ_{j∈Jᵢ} xⱼ(1 + xⱼ) with Jᵢ = {j ≠ i : max(1, i − 5) ≤ j ≤ min(n, i + 1)};
 * x0 = (−1, …, −1); f* = 0 (a zero-residual solution exists; it has no closed form).
 */
final class BroydenBanded extends SumOfSquares {
    private static final int LOWER = 5;
    private static final int UPPER = 1;

    BroydenBanded(String name, int n, String source) {
        super(name, filled(atLeast(n, 1, name), -1), OptionalDouble.of(0), source);
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
        return n == dimension() ? this : new BroydenBanded(name(), n, source());
    }

    @Override
    int elementCount() {
        return dimension();
    }

    @Override
    int maxElementSize() {
        return LOWER + UPPER + 1;
    }

    @Override
    int variables(int e, int[] idx) {
        int k = 0;
        idx[k++] = e;
        for (int j = Math.max(0, e - LOWER); j <= Math.min(dimension() - 1, e + UPPER); j++) {
            if (j != e) {
                idx[k++] = j;
            }
        }
        return k;
    }

    @Override
    double residual(int e, double[] u, int k, double[] g, double[] h) {
        double xi = u[0];
        double r = xi * (2 + 5 * xi * xi) + 1;
        if (g != null) {
            g[0] = 2 + 15 * xi * xi;
        }
        if (h != null) {
            h[0] = 30 * xi;
        }
        for (int a = 1; a < k; a++) {
            r -= u[a] * (1 + u[a]);
            if (g != null) {
                g[a] = -(1 + 2 * u[a]);
            }
            if (h != null) {
                h[a * k + a] = -2;
            }
        }
        return r;
    }
}
