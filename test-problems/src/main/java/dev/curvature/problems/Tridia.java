package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst TRIDIA, a tridiagonal quadratic (Buckley 1989, problem 40; SIF input Ph. Toint, 1989)
 * with the SIF defaults α = 2, β = γ = δ = 1: f = (x₁ − 1)² + Σ_{i=2}^{n} i(2xᵢ − x_{i−1})²;
 * x0 = (1, …, 1); default n = 100; f* = 0 at xᵢ = 2^{1−i}.
 */
final class Tridia extends ElementSum {

    Tridia(int n) {
        super("tridia", filled(atLeast(n, 1, "tridia"), 1), OptionalDouble.of(0),
                "CUTEst TRIDIA (Buckley 1989, problem 40)");
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
        return n == dimension() ? this : new Tridia(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        double[] x = new double[dimension()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.scalb(1.0, -i);
        }
        return Optional.of(x);
    }

    @Override
    int elementCount() {
        return dimension();
    }

    @Override
    int maxElementSize() {
        return 2;
    }

    @Override
    int variables(int e, int[] idx) {
        idx[0] = e;
        if (e == 0) {
            return 1;
        }
        idx[1] = e - 1;
        return 2;
    }

    @Override
    double element(int e, Work w, int order) {
        if (e == 0) {
            double d = w.u[0] - 1;
            if (order >= 1) {
                w.g[0] = 2 * d;
            }
            if (order >= 2) {
                w.h[0] = 2;
            }
            return d * d;
        }
        double c = e + 1;
        double d = 2 * w.u[0] - w.u[1];
        if (order >= 1) {
            w.g[0] = 4 * c * d;
            w.g[1] = -2 * c * d;
        }
        if (order >= 2) {
            w.h[0] = 8 * c;
            addSym(w.h, 2, 0, 1, -4 * c);
            w.h[3] = 2 * c;
        }
        return c * d * d;
    }
}
