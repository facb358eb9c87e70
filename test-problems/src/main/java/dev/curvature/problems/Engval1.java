package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst ENGVAL1 (Toint 1983, "Test problems for partially separable optimization", problem 31;
 * SIF input Ph. Toint and N. Gould, 1989): f = Σ_{i=1}^{n−1} [(xᵢ² + x_{i+1}²)² − 4xᵢ + 3];
 * x0 = (2, …, 2); default n = 100 (the SIF suggests 2, 50, 100, 1000, 5000). For n = 2, f* = 0 at
 * (1, 0). f is convex (each (a² + b²)² is a convex increasing function of a convex one), so any
 * stationary point is the global minimizer; for n = 50, 100 and 1000 {@link #knownMinimum()} is
 * the value we computed with a damped Newton method run to ‖∇f‖∞ ≤ 10⁻¹¹·f, rounded to nine
 * digits: 53.5822149, 109.088136 and 1108.19472. Other n have none.
 */
final class Engval1 extends ElementSum {

    Engval1(int n) {
        super("engval1", filled(atLeast(n, 2, "engval1"), 2),
                fStar(n),
                "CUTEst ENGVAL1 (Toint 1983, problem 31)");
    }

    private static OptionalDouble fStar(int n) {
        switch (n) {
            case 2:
                return OptionalDouble.of(0);
            case 50:
                return OptionalDouble.of(53.5822149);
            case 100:
                return OptionalDouble.of(109.088136);
            case 1000:
                return OptionalDouble.of(1108.19472);
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
        return n == dimension() ? this : new Engval1(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return dimension() == 2 ? Optional.of(new double[] {1, 0}) : Optional.empty();
    }

    @Override
    int elementCount() {
        return dimension() - 1;
    }

    @Override
    int maxElementSize() {
        return 2;
    }

    @Override
    int variables(int e, int[] idx) {
        idx[0] = e;
        idx[1] = e + 1;
        return 2;
    }

    @Override
    double element(int e, Work w, int order) {
        return quartic(w.u[0], w.u[1], order >= 1 ? w.g : null, order >= 2 ? w.h : null);
    }

    /**
     * φ(a, b) = (a² + b²)² − 4a + 3 with gradient into g and 2×2 Hessian into h when non-null;
     * the element of ENGVAL1 and of {@link Arwhead}.
     */
    static double quartic(double a, double b, double[] g, double[] h) {
        double q = a * a + b * b;
        if (g != null) {
            g[0] = 4 * q * a - 4;
            g[1] = 4 * q * b;
        }
        if (h != null) {
            h[0] = 4 * q + 8 * a * a;
            h[1] = 8 * a * b;
            h[2] = 8 * a * b;
            h[3] = 4 * q + 8 * b * b;
        }
        return q * q - 4 * a + 3;
    }
}
