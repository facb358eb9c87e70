package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst LIARWHD (Li 1988, via Conn, Gould, Lescrenier &amp; Toint; SIF input Ph. Toint, 1989):
 * f = Σ_{i=1}^{n} [4(xᵢ² − x₁)² + (xᵢ − 1)²]; x0 = (4, …, 4); default n = 100; f* = 0 at
 * (1, …, 1).
 */
final class Liarwhd extends ElementSum {

    Liarwhd(int n) {
        super("liarwhd", filled(atLeast(n, 1, "liarwhd"), 4), OptionalDouble.of(0),
                "CUTEst LIARWHD");
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
        return n == dimension() ? this : new Liarwhd(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), 1));
    }

    @Override
    int elementCount() {
        return dimension();
    }

    @Override
    int maxElementSize() {
        return 2;
    }

    // element i over (x₁, xᵢ); for i = 1 both entries are x₁ and the scatter adds them up
    @Override
    int variables(int e, int[] idx) {
        idx[0] = 0;
        idx[1] = e;
        return 2;
    }

    @Override
    double element(int e, Work w, int order) {
        double a = w.u[0];
        double b = w.u[1];
        double t = b * b - a;
        if (order >= 1) {
            w.g[0] = -8 * t;
            w.g[1] = 16 * b * t + 2 * (b - 1);
        }
        if (order >= 2) {
            w.h[0] = 8;
            addSym(w.h, 2, 0, 1, -16 * b);
            w.h[3] = 48 * b * b - 16 * a + 2;
        }
        return 4 * t * t + (b - 1) * (b - 1);
    }
}
