package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Watson function (Moré, Garbow &amp; Hillstrom 1981, problem 20): 2 ≤ n ≤ 31, m = 31,
 * rᵢ = Σ_{j=2}^{n} (j − 1)x_j tᵢ^{j−2} − (Σ_{j=1}^{n} x_j tᵢ^{j−1})² − 1 with tᵢ = i/29 for
 * i = 1…29, r₃₀ = x₁, r₃₁ = x₂ − x₁² − 1; x0 = 0; default n = 6. The paper reports
 * f* = 2.28767…·10⁻³ (n = 6), 1.39976…·10⁻⁶ (n = 9) and 4.72238…·10⁻¹⁰ (n = 12); other n have
 * no {@link #knownMinimum()}.
 */
final class Watson extends SumOfSquares {

    Watson(int n) {
        super("watson", new double[between(n, 2, 31, "watson")], fStar(n),
                "Moré, Garbow & Hillstrom (1981), problem 20");
    }

    private static OptionalDouble fStar(int n) {
        switch (n) {
            case 6:
                return OptionalDouble.of(2.28767e-3);
            case 9:
                return OptionalDouble.of(1.39976e-6);
            case 12:
                return OptionalDouble.of(4.72238e-10);
            default:
                return OptionalDouble.empty();
        }
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.between(2, 31);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new Watson(n);
    }

    @Override
    int elementCount() {
        return 31;
    }

    @Override
    int maxElementSize() {
        return dimension();
    }

    @Override
    int variables(int e, int[] idx) {
        if (e == 29) {
            idx[0] = 0;
            return 1;
        }
        if (e == 30) {
            idx[0] = 0;
            idx[1] = 1;
            return 2;
        }
        return allVariables(idx, dimension());
    }

    @Override
    double residual(int e, double[] x, int k, double[] g, double[] h) {
        if (e == 29) {
            if (g != null) {
                g[0] = 1;
            }
            return x[0];
        }
        if (e == 30) {
            if (g != null) {
                g[0] = -2 * x[0];
                g[1] = 1;
            }
            if (h != null) {
                h[0] = -2;
            }
            return x[1] - x[0] * x[0] - 1;
        }
        double t = (e + 1) / 29.0;
        double s1 = 0;  // Σ (j − 1) x_j t^{j−2}
        double s2 = 0;  // Σ x_j t^{j−1}
        double p = 1;   // t^{j−1}
        for (int j = 0; j < k; j++) {
            s2 += x[j] * p;
            if (j > 0) {
                s1 += j * x[j] * p / t;
            }
            p *= t;
        }
        if (g != null) {
            p = 1;
            for (int j = 0; j < k; j++) {
                g[j] = (j > 0 ? j * p / t : 0) - 2 * s2 * p;
                p *= t;
            }
        }
        if (h != null) {
            double pj = 1;
            for (int j = 0; j < k; j++) {
                double pl = 1;
                for (int l = 0; l < k; l++) {
                    h[j * k + l] = -2 * pj * pl;
                    pl *= t;
                }
                pj *= t;
            }
        }
        return s1 - s2 * s2 - 1;
    }
}
