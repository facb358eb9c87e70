package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst GENROSE, the generalized Rosenbrock function (Moré, Garbow &amp; Hillstrom 1981 and
 * Nash 1984; SIF input Nick Gould, 1989): f = 1 + Σ_{i=2}^{n} [100(xᵢ − x_{i−1}²)² + (xᵢ − 1)²];
 * x0ᵢ = i/(n + 1); default n = 100; f* = 1 at (1, …, 1).
 */
final class Genrose extends ElementSum {

    Genrose(int n) {
        super("genrose", ramp(atLeast(n, 2, "genrose"), 1.0 / (n + 1)), OptionalDouble.of(1),
                "CUTEst GENROSE (generalized Rosenbrock)");
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
        return n == dimension() ? this : new Genrose(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), 1));
    }

    @Override
    double constantTerm() {
        return 1;
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
        double f = Extrosnb.valley(w.u[0], w.u[1], w, order);
        double d = w.u[1] - 1;
        if (order >= 1) {
            w.g[1] += 2 * d;
        }
        if (order >= 2) {
            w.h[3] += 2;
        }
        return f + d * d;
    }
}
