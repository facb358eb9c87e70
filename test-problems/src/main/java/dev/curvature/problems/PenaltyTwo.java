package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Penalty function II (Moré, Garbow &amp; Hillstrom 1981, problem 24): m = 2n residuals
 * r₁ = x₁ − 0.2, rᵢ = √a(e^{xᵢ/10} + e^{x_{i−1}/10} − yᵢ) for 2 ≤ i ≤ n with
 * yᵢ = e^{i/10} + e^{(i−1)/10}, rᵢ = √a(e^{x_{i−n+1}/10} − e^{−1/10}) for n &lt; i &lt; 2n, and
 * r_{2n} = Σⱼ (n − j + 1)xⱼ² − 1, a = 10⁻⁵; x0 = (1/2, …, 1/2); default n = 10. The paper reports
 * f* = 9.37629…·10⁻⁶ (n = 4) and 2.93660…·10⁻⁴ (n = 10); other n have no {@link #knownMinimum()}.
 */
final class PenaltyTwo extends SumOfSquares {
    private static final double SQRT_A = Math.sqrt(1e-5);

    PenaltyTwo(int n) {
        super("penalty-2", filled(atLeast(n, 2, "penalty-2"), 0.5), fStar(n),
                "Moré, Garbow & Hillstrom (1981), problem 24");
    }

    private static OptionalDouble fStar(int n) {
        return n == 4 ? OptionalDouble.of(9.37629e-6)
                : n == 10 ? OptionalDouble.of(2.93660e-4) : OptionalDouble.empty();
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
        return n == dimension() ? this : new PenaltyTwo(n);
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
        int n = dimension();
        if (e == 0) {
            idx[0] = 0;
            return 1;
        }
        if (e < n) {
            idx[0] = e - 1;
            idx[1] = e;
            return 2;
        }
        if (e < 2 * n - 1) {
            idx[0] = e - n + 1;
            return 1;
        }
        return allVariables(idx, n);
    }

    @Override
    double residual(int e, double[] x, int k, double[] g, double[] h) {
        int n = dimension();
        if (e == 0) {
            if (g != null) {
                g[0] = 1;
            }
            return x[0] - 0.2;
        }
        if (e < n) {
            int i = e + 1;
            double y = Math.exp(i / 10.0) + Math.exp((i - 1) / 10.0);
            double a = Math.exp(x[0] / 10);
            double b = Math.exp(x[1] / 10);
            if (g != null) {
                g[0] = SQRT_A * a / 10;
                g[1] = SQRT_A * b / 10;
            }
            if (h != null) {
                h[0] = SQRT_A * a / 100;
                h[3] = SQRT_A * b / 100;
            }
            return SQRT_A * (a + b - y);
        }
        if (e < 2 * n - 1) {
            double a = Math.exp(x[0] / 10);
            if (g != null) {
                g[0] = SQRT_A * a / 10;
            }
            if (h != null) {
                h[0] = SQRT_A * a / 100;
            }
            return SQRT_A * (a - Math.exp(-0.1));
        }
        double s = 0;
        for (int j = 0; j < n; j++) {
            double w = n - j;
            s += w * x[j] * x[j];
            if (g != null) {
                g[j] = 2 * w * x[j];
            }
            if (h != null) {
                h[j * k + j] = 2 * w;
            }
        }
        return s - 1;
    }
}
