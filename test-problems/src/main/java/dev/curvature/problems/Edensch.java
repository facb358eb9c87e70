package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * CUTEst EDENSCH, the extended Dennis–Schnabel problem (Buckley 1989, problem 157; SIF input
 * Ph. Toint, 1989): f = 16 + Σ_{i=1}^{n−1} [(xᵢ − 2)⁴ + (xᵢx_{i+1} − 2x_{i+1})² + (x_{i+1} + 1)²];
 * x0 = 0; default n = 36. Best known values from the SIF file: 219.28 (n = 36) and
 * 1.20032·10⁴ (n = 2000). For n = 36 {@link #knownMinimum()} is 219.284592, the minimum our
 * damped-Newton run reached from x0, agreeing with the SIF's printed digits (219.28 itself lies
 * 4.6·10⁻³ below it). Other n have none.
 */
final class Edensch extends ElementSum {

    Edensch(int n) {
        super("edensch", new double[atLeast(n, 2, "edensch")],
                n == 36 ? OptionalDouble.of(219.284592)
                        : n == 2000 ? OptionalDouble.of(1.20032e4) : OptionalDouble.empty(),
                "CUTEst EDENSCH (Buckley 1989, problem 157)");
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
        return n == dimension() ? this : new Edensch(n);
    }

    @Override
    double constantTerm() {
        return 16;
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
        double a = w.u[0] - 2;
        double b = w.u[1];
        double a2 = a * a;
        if (order >= 1) {
            w.g[0] = 4 * a2 * a + 2 * b * b * a;
            w.g[1] = 2 * b * a2 + 2 * (b + 1);
        }
        if (order >= 2) {
            w.h[0] = 12 * a2 + 2 * b * b;
            addSym(w.h, 2, 0, 1, 4 * a * b);
            w.h[3] = 2 * a2 + 2;
        }
        return a2 * a2 + b * b * a2 + (b + 1) * (b + 1);
    }
}
