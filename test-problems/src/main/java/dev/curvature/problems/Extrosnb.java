package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst EXTROSNB, the non-separable extended Rosenbrock function (after Moré, Garbow &amp;
 * Hillstrom 1981, problem 21; SIF input Ph. Toint, 1989):
 * f = (x₁ − 1)² + Σ_{i=2}^{n} 100(xᵢ − x_{i−1}²)²; x0 = (−1, …, −1); default n = 100;
 * f* = 0 at (1, …, 1). (Formula as in OptimizationProblems.jl and the CUTEst C ports; one
 * Python port sums the chained form Σ 100(x_{i+1} − xᵢ²)² + (1 − xᵢ)² instead.)
 */
final class Extrosnb extends ElementSum {

    Extrosnb(int n) {
        super("extrosnb", filled(atLeast(n, 2, "extrosnb"), -1), OptionalDouble.of(0),
                "CUTEst EXTROSNB (extension of Moré, Garbow & Hillstrom 1981, problem 21)");
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
        return n == dimension() ? this : new Extrosnb(n);
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
        if (e == 0) {
            idx[0] = 0;
            return 1;
        }
        idx[0] = e - 1;
        idx[1] = e;
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
        return valley(w.u[0], w.u[1], w, order);
    }

    /**
     * 100(b − a²)² with its derivatives written into w (order ≥ 1: gradient, 2: Hessian); the
     * Rosenbrock valley term shared with {@link Genrose}.
     */
    static double valley(double a, double b, Work w, int order) {
        double t = b - a * a;
        if (order >= 1) {
            w.g[0] = -400 * a * t;
            w.g[1] = 200 * t;
        }
        if (order >= 2) {
            w.h[0] = 1200 * a * a - 400 * b;
            addSym(w.h, 2, 0, 1, -400 * a);
            w.h[3] = 200;
        }
        return 100 * t * t;
    }
}
