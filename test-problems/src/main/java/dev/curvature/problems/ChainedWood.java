package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst CHAINWOO, the chained Wood function (Conn, Gould &amp; Toint 1988, Math. Comp. 50:399,
 * problem 8; SIF input N. Gould and Ph. Toint, 1995): for even n,
 * f = 1 + Σ_{i=1}^{n/2−1} W(x_{2i−1}, x_{2i}, x_{2i+1}, x_{2i+2}) with W the Wood block of
 * {@link Wood}; x0 = (−3, −1, −3, −1, −2, …, −2); default n = 100 (NS = 49 in the SIF file);
 * f* = 1 at (1, …, 1) — the SIF file's constant term 1 included (its comment quotes 0, the value
 * without it).
 */
final class ChainedWood extends ElementSum {

    ChainedWood(int n) {
        super("chainwoo", start(n), OptionalDouble.of(1),
                "CUTEst CHAINWOO (Conn, Gould & Toint 1988, problem 8)");
    }

    private static double[] start(int n) {
        atLeast(multipleOf(n, 2, "chainwoo"), 4, "chainwoo");
        double[] x = filled(n, -2);
        x[0] = -3;
        x[1] = -1;
        x[2] = -3;
        x[3] = -1;
        return x;
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.multiplesOf(2, 4);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new ChainedWood(n);
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
        return dimension() / 2 - 1;
    }

    @Override
    int maxElementSize() {
        return 4;
    }

    @Override
    int variables(int e, int[] idx) {
        for (int a = 0; a < 4; a++) {
            idx[a] = 2 * e + a;
        }
        return 4;
    }

    @Override
    double element(int e, Work w, int order) {
        return Wood.block(w.u, order >= 1 ? w.g : null, order >= 2 ? w.h : null);
    }
}
