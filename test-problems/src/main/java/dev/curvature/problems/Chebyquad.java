package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * Chebyquad function of Fletcher (Moré, Garbow &amp; Hillstrom 1981, problem 35): m = n,
 * rᵢ = (1/n)Σⱼ Tᵢ(2xⱼ − 1) − ∫₀¹ Tᵢ(2t − 1)dt with Tᵢ the Chebyshev polynomial of degree i (the
 * integral is 0 for odd i and −1/(i² − 1) for even i); x0ⱼ = j/(n + 1); default n = 8. The paper
 * reports f* = 0 for 1 ≤ n ≤ 7 and n = 9, 3.51687…·10⁻³ for n = 8 and 6.50395…·10⁻³ for n = 10;
 * other n have no {@link #knownMinimum()}.
 */
final class Chebyquad extends SumOfSquares {

    Chebyquad(int n) {
        super("chebyquad", ramp(atLeast(n, 1, "chebyquad"), 1.0 / (n + 1)), fStar(n),
                "Moré, Garbow & Hillstrom (1981), problem 35 (m = n)");
    }

    private static OptionalDouble fStar(int n) {
        if (n <= 7 || n == 9) {
            return OptionalDouble.of(0);
        }
        return n == 8 ? OptionalDouble.of(3.51687e-3)
                : n == 10 ? OptionalDouble.of(6.50395e-3) : OptionalDouble.empty();
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
        return n == dimension() ? this : new Chebyquad(n);
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
        int degree = e + 1;
        double r = degree % 2 == 0 ? 1.0 / (degree * degree - 1.0) : 0.0;
        for (int j = 0; j < k; j++) {
            double y = 2 * x[j] - 1;
            // T, T′, T″ by the three-term recurrence T_{d+1} = 2yT_d − T_{d−1}
            double t0 = 1;
            double t1 = y;
            double d0 = 0;
            double d1 = 1;
            double s0 = 0;
            double s1 = 0;
            for (int d = 1; d < degree; d++) {
                double t2 = 2 * y * t1 - t0;
                double d2 = 2 * t1 + 2 * y * d1 - d0;
                double s2 = 4 * d1 + 2 * y * s1 - s0;
                t0 = t1;
                t1 = t2;
                d0 = d1;
                d1 = d2;
                s0 = s1;
                s1 = s2;
            }
            r += t1 / k;
            if (g != null) {
                g[j] = 2 * d1 / k;
            }
            if (h != null) {
                h[j * k + j] = 4 * s1 / k;
            }
        }
        return r;
    }
}
