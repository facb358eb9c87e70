package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst NONDIA, Shanno's non-diagonal extension of Rosenbrock's function (Shanno 1978, MIS TR 27,
 * Arizona; Buckley #37; Toint #15; SIF input Ph. Toint, 1989):
 * f = (x₁ − 1)² + Σ_{i=2}^{n} 100(x₁ − xᵢ²)²; x0 = (−1, …, −1); default n = 100; f* = 0 at
 * (1, …, 1). (Formula as in OptimizationProblems.jl; the SIF file squares X(I−1) in group I, which
 * leaves xₙ out of the objective, and the CUTEst ports disagree on this point.)
 */
final class Nondia extends ElementSum {

    Nondia(int n) {
        super("nondia", filled(atLeast(n, 2, "nondia"), -1), OptionalDouble.of(0),
                "CUTEst NONDIA (Shanno 1978; Buckley #37)");
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
        return n == dimension() ? this : new Nondia(n);
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

    @Override
    int variables(int e, int[] idx) {
        idx[0] = 0;
        if (e == 0) {
            return 1;
        }
        idx[1] = e;
        return 2;
    }

    @Override
    double element(int e, Work w, int order) {
        double a = w.u[0];
        if (e == 0) {
            if (order >= 1) {
                w.g[0] = 2 * (a - 1);
            }
            if (order >= 2) {
                w.h[0] = 2;
            }
            return (a - 1) * (a - 1);
        }
        double b = w.u[1];
        double t = a - b * b;
        if (order >= 1) {
            w.g[0] = 200 * t;
            w.g[1] = -400 * b * t;
        }
        if (order >= 2) {
            w.h[0] = 200;
            addSym(w.h, 2, 0, 1, -400 * b);
            w.h[3] = 1200 * b * b - 400 * a;
        }
        return 100 * t * t;
    }
}
