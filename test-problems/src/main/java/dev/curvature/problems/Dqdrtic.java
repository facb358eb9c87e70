package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst DQDRTIC, a diagonal quadratic (Conn, Gould, Lescrenier &amp; Toint 1988, problem 22; SIF
 * input Ph. Toint, 1989): f = Σ_{i=1}^{n−2} (xᵢ² + 100x_{i+1}² + 100x_{i+2}²); x0 = (3, …, 3);
 * default n = 100; f* = 0 at x = 0.
 */
final class Dqdrtic extends ElementSum {

    Dqdrtic(int n) {
        super("dqdrtic", filled(atLeast(n, 3, "dqdrtic"), 3), OptionalDouble.of(0),
                "CUTEst DQDRTIC (Conn, Gould, Lescrenier & Toint 1988, problem 22)");
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
        return n == dimension() ? this : new Dqdrtic(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[dimension()]);
    }

    @Override
    int elementCount() {
        return dimension() - 2;
    }

    @Override
    int maxElementSize() {
        return 3;
    }

    @Override
    int variables(int e, int[] idx) {
        idx[0] = e;
        idx[1] = e + 1;
        idx[2] = e + 2;
        return 3;
    }

    @Override
    double element(int e, Work w, int order) {
        double[] u = w.u;
        if (order >= 1) {
            w.g[0] = 2 * u[0];
            w.g[1] = 200 * u[1];
            w.g[2] = 200 * u[2];
        }
        if (order >= 2) {
            w.h[0] = 2;
            w.h[4] = 200;
            w.h[8] = 200;
        }
        return u[0] * u[0] + 100 * u[1] * u[1] + 100 * u[2] * u[2];
    }
}
