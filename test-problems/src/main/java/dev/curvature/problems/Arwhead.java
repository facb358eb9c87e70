package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst ARWHEAD (Conn, Gould, Lescrenier &amp; Toint 1988, problem 55; SIF input Ph. Toint,
 * 1989): f = Σ_{i=1}^{n−1} [(xᵢ² + xₙ²)² − 4xᵢ + 3], whose Hessian is an arrow head; x0 = (1, …, 1);
 * default n = 100 (the SIF suggests 100 to 5000); f* = 0 at (1, …, 1, 0).
 */
final class Arwhead extends ElementSum {

    Arwhead(int n) {
        super("arwhead", filled(atLeast(n, 2, "arwhead"), 1), OptionalDouble.of(0),
                "CUTEst ARWHEAD (Conn, Gould, Lescrenier & Toint 1988, problem 55)");
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
        return n == dimension() ? this : new Arwhead(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        double[] x = filled(dimension(), 1);
        x[dimension() - 1] = 0;
        return Optional.of(x);
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
        idx[1] = dimension() - 1;
        return 2;
    }

    @Override
    double element(int e, Work w, int order) {
        return Engval1.quartic(w.u[0], w.u[1], order >= 1 ? w.g : null, order >= 2 ? w.h : null);
    }
}
