package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Freudenstein and Roth function (Moré, Garbow &amp; Hillstrom 1981, problem 2) and its chained
 * extension CUTEst FREUROTH (SIF input Ph. Toint, 1989): for i = 1…n − 1,
 * r₂ᵢ₋₁ = −13 + xᵢ + ((5 − x_{i+1})x_{i+1} − 2)x_{i+1} and
 * r₂ᵢ = −29 + xᵢ + ((x_{i+1} + 1)x_{i+1} − 14)x_{i+1}; x0 = (0.5, −2, 0, …, 0).
 *
 * <p>For n = 2: f* = 0 at (5, 4), with a local minimum f = 48.9842… at (11.41…, −0.8968…) that
 * many methods reach from x0. For n &gt; 2 the FREUROTH SIF file lists the best known values
 * 1.0141·10³ (n = 10), 5.8810·10³ (50), 1.1965·10⁴ (100), 6.0634·10⁴ (500), 1.2147·10⁵ (1000)
 * and 6.0816·10⁵ (5000); other n have no {@link #knownMinimum()}.
 */
final class FreudensteinRoth extends SumOfSquares {

    FreudensteinRoth(String name, int n, String source) {
        super(name, start(atLeast(n, 2, name)), fStar(n), source);
    }

    private static double[] start(int n) {
        double[] x = new double[n];
        x[0] = 0.5;
        x[1] = -2;
        return x;
    }

    private static OptionalDouble fStar(int n) {
        switch (n) {
            case 2:
                return OptionalDouble.of(0);
            case 10:
                return OptionalDouble.of(1.0141e3);
            case 50:
                return OptionalDouble.of(5.8810e3);
            case 100:
                return OptionalDouble.of(1.1965e4);
            case 500:
                return OptionalDouble.of(6.0634e4);
            case 1000:
                return OptionalDouble.of(1.2147e5);
            case 5000:
                return OptionalDouble.of(6.0816e5);
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
        return Dimensions.atLeast(2);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new FreudensteinRoth(name(), n, source());
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return dimension() == 2 ? Optional.of(new double[] {5, 4}) : Optional.empty();
    }

    @Override
    int elementCount() {
        return 2 * (dimension() - 1);
    }

    @Override
    int maxElementSize() {
        return 2;
    }

    @Override
    int variables(int e, int[] idx) {
        idx[0] = e / 2;
        idx[1] = e / 2 + 1;
        return 2;
    }

    @Override
    double residual(int e, double[] u, int k, double[] g, double[] h) {
        double b = u[1];
        if (e % 2 == 0) {
            if (g != null) {
                g[0] = 1;
                g[1] = 10 * b - 3 * b * b - 2;
            }
            if (h != null) {
                h[3] = 10 - 6 * b;
            }
            return -13 + u[0] + ((5 - b) * b - 2) * b;
        }
        if (g != null) {
            g[0] = 1;
            g[1] = 3 * b * b + 2 * b - 14;
        }
        if (h != null) {
            h[3] = 6 * b + 2;
        }
        return -29 + u[0] + ((b + 1) * b - 14) * b;
    }
}
