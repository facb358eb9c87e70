package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst DQRTIC, a diagonal quartic (Conn, Gould, Lescrenier &amp; Toint 1988, problem 157; SIF
 * input Ph. Toint, 1989): f = Σᵢ (xᵢ − i)⁴; x0 = (2, …, 2); default n = 100; f* = 0 at
 * xᵢ = i, where the Hessian vanishes (so Newton's method converges only linearly).
 */
final class Dqrtic extends ElementSum {

    Dqrtic(int n) {
        super("dqrtic", filled(atLeast(n, 1, "dqrtic"), 2), OptionalDouble.of(0),
                "CUTEst DQRTIC (Conn, Gould, Lescrenier & Toint 1988, problem 157)");
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
        return n == dimension() ? this : new Dqrtic(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(ramp(dimension(), 1));
    }

    @Override
    int elementCount() {
        return dimension();
    }

    @Override
    int maxElementSize() {
        return 1;
    }

    @Override
    int variables(int e, int[] idx) {
        idx[0] = e;
        return 1;
    }

    @Override
    double element(int e, Work w, int order) {
        double d = w.u[0] - (e + 1);
        double d2 = d * d;
        if (order >= 1) {
            w.g[0] = 4 * d2 * d;
        }
        if (order >= 2) {
            w.h[0] = 12 * d2;
        }
        return d2 * d2;
    }
}
