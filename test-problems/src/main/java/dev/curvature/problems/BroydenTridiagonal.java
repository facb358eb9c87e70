package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Broyden tridiagonal function (Moré, Garbow &amp; Hillstrom 1981, problem 30): m = n,
 * rᵢ = (3 − 2xᵢ)xᵢ − x_{i−1} − 2x_{i+1} + 1 with x₀ = x_{n+1} = 0; x0 = (−1, …, −1); default
 * n = 10; f* = 0.
 */
final class BroydenTridiagonal extends SumOfSquares {

    BroydenTridiagonal(int n) {
        super("broyden-tridiagonal", filled(atLeast(n, 1, "broyden-tridiagonal"), -1),
                OptionalDouble.of(0), "Moré, Garbow & Hillstrom (1981), problem 30");
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
        return n == dimension() ? this : new BroydenTridiagonal(n);
    }

    @Override
    int elementCount() {
        return dimension();
    }

    @Override
    int maxElementSize() {
        return 3;
    }

    @Override
    int variables(int e, int[] idx) {
        idx[0] = e;
        int k = 1;
        if (e > 0) {
            idx[k++] = e - 1;
        }
        if (e < dimension() - 1) {
            idx[k++] = e + 1;
        }
        return k;
    }

    @Override
    double residual(int e, double[] u, int k, double[] g, double[] h) {
        double r = (3 - 2 * u[0]) * u[0] + 1;
        if (g != null) {
            g[0] = 3 - 4 * u[0];
        }
        if (h != null) {
            h[0] = -4;
        }
        int a = 1;
        if (e > 0) {
            r -= u[a];
            if (g != null) {
                g[a] = -1;
            }
            a++;
        }
        if (e < dimension() - 1) {
            r -= 2 * u[a];
            if (g != null) {
                g[a] = -2;
            }
        }
        return r;
    }
}
