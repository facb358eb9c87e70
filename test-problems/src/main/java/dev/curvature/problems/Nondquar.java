package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst NONDQUAR, a non-diagonal quartic (Conn, Gould, Lescrenier &amp; Toint 1988, problem 57;
 * SIF input Ph. Toint, 1989): f = (x₁ − x₂)² + (x_{n−1} + xₙ)² + Σ_{i=1}^{n−2} (xᵢ + x_{i+1} + xₙ)⁴;
 * x0 = (1, −1, 1, −1, …); default n = 100; f* = 0 at x = 0, where the Hessian is singular.
 */
final class Nondquar extends ElementSum {

    Nondquar(int n) {
        super("nondquar", tile(new double[] {1, -1}, atLeast(n, 3, "nondquar")),
                OptionalDouble.of(0),
                "CUTEst NONDQUAR (Conn, Gould, Lescrenier & Toint 1988, problem 57)");
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
        return n == dimension() ? this : new Nondquar(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[dimension()]);
    }

    // elements: 0 → (x₁ − x₂)², 1 → (x_{n−1} + xₙ)², 2 + i → (xᵢ + x_{i+1} + xₙ)⁴
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
        int n = dimension();
        if (e < 2) {
            idx[0] = e == 0 ? 0 : n - 2;
            idx[1] = e == 0 ? 1 : n - 1;
            return 2;
        }
        idx[0] = e - 2;
        idx[1] = e - 1;
        idx[2] = n - 1;
        return 3;
    }

    @Override
    double element(int e, Work w, int order) {
        if (e < 2) {
            double sign = e == 0 ? -1 : 1;
            double s = w.u[0] + sign * w.u[1];
            if (order >= 1) {
                w.g[0] = 2 * s;
                w.g[1] = 2 * sign * s;
            }
            if (order >= 2) {
                w.h[0] = 2;
                addSym(w.h, 2, 0, 1, 2 * sign);
                w.h[3] = 2;
            }
            return s * s;
        }
        double s = w.u[0] + w.u[1] + w.u[2];
        double s2 = s * s;
        if (order >= 1) {
            for (int a = 0; a < 3; a++) {
                w.g[a] = 4 * s2 * s;
            }
        }
        if (order >= 2) {
            for (int a = 0; a < 9; a++) {
                w.h[a] = 12 * s2;
            }
        }
        return s2 * s2;
    }
}
