package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Discrete boundary value function (Moré, Garbow &amp; Hillstrom 1981, problem 28): m = n,
 * h = 1/(n + 1), tᵢ = ih, rᵢ = 2xᵢ − x_{i−1} − x_{i+1} + h²(xᵢ + tᵢ + 1)³/2 with x₀ = x_{n+1} = 0;
 * x0ⱼ = tⱼ(tⱼ − 1); default n = 10; f* = 0.
 */
final class DiscreteBoundaryValue extends SumOfSquares {

    DiscreteBoundaryValue(int n) {
        super("discrete-boundary-value", start(atLeast(n, 1, "discrete-boundary-value")),
                OptionalDouble.of(0), "Moré, Garbow & Hillstrom (1981), problem 28");
    }

    /** x0ⱼ = tⱼ(tⱼ − 1), tⱼ = j/(n + 1); shared with problem 29. */
    static double[] start(int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            double t = (j + 1) / (double) (n + 1);
            x[j] = t * (t - 1);
        }
        return x;
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
        return n == dimension() ? this : new DiscreteBoundaryValue(n);
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
        int k = 0;
        idx[k++] = e;
        if (e > 0) {
            idx[k++] = e - 1;
        }
        if (e < dimension() - 1) {
            idx[k++] = e + 1;
        }
        return k;
    }

    @Override
    double residual(int e, double[] u, int k, double[] g, double[] hs) {
        int n = dimension();
        double h = 1.0 / (n + 1);
        double t = (e + 1) * h;
        double z = u[0] + t + 1;
        double r = 2 * u[0] + h * h * z * z * z / 2;
        for (int a = 1; a < k; a++) {
            r -= u[a];
            if (g != null) {
                g[a] = -1;
            }
        }
        if (g != null) {
            g[0] = 2 + 1.5 * h * h * z * z;
        }
        if (hs != null) {
            hs[0] = 3 * h * h * z;
        }
        return r;
    }
}
