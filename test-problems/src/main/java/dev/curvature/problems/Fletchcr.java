package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst FLETCHCR, Fletcher's chained Rosenbrock function (Fletcher 1992, "An optimal positive
 * definite update for sparse Hessian matrices", NA/145, Dundee; SIF input N. Gould, 1992):
 * f = Σ_{i=1}^{n−1} 100(x_{i+1} − xᵢ + 1 − xᵢ²)²; x0 = 0; default n = 100; f* = 0 at (1, …, 1).
 * (Formula as in OptimizationProblems.jl and the CUTEst C ports.)
 */
final class Fletchcr extends ElementSum {

    Fletchcr(int n) {
        super("fletchcr", new double[atLeast(n, 2, "fletchcr")], OptionalDouble.of(0),
                "CUTEst FLETCHCR (Fletcher 1992)");
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
        return n == dimension() ? this : new Fletchcr(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), 1));
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
        double a = w.u[0];
        double p = w.u[1] - a + 1 - a * a;
        double pa = -1 - 2 * a;
        if (order >= 1) {
            w.g[0] = 200 * p * pa;
            w.g[1] = 200 * p;
        }
        if (order >= 2) {
            w.h[0] = 200 * (pa * pa - 2 * p);
            addSym(w.h, 2, 0, 1, 200 * pa);
            w.h[3] = 200;
        }
        return 100 * p * p;
    }
}
