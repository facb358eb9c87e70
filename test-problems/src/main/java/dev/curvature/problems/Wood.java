package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Wood function (Moré, Garbow &amp; Hillstrom 1981, problem 14) and its extension to n a multiple
 * of 4, CUTEst WOODS (SIF input Ph. Toint, 1989): per block (x₁, x₂, x₃, x₄) of four,
 * 100(x₂ − x₁²)² + (1 − x₁)² + 90(x₄ − x₃²)² + (1 − x₃)² + 10.1((x₂ − 1)² + (x₄ − 1)²)
 * + 19.8(x₂ − 1)(x₄ − 1), written here in the SIF's equivalent form … + 10(x₂ + x₄ − 2)²
 * + 0.1(x₂ − x₄)²; x0 = (−3, −1, −3, −1, …); f* = 0 at (1, …, 1).
 */
final class Wood extends ElementSum {

    Wood(String name, int n, String source) {
        super(name, tile(new double[] {-3, -1, -3, -1}, multipleOf(n, 4, name)),
                OptionalDouble.of(0), source);
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.multiplesOf(4, 4);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new Wood(name(), n, source());
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), 1.0));
    }

    @Override
    int elementCount() {
        return dimension() / 4;
    }

    @Override
    int maxElementSize() {
        return 4;
    }

    @Override
    int variables(int e, int[] idx) {
        for (int a = 0; a < 4; a++) {
            idx[a] = 4 * e + a;
        }
        return 4;
    }

    @Override
    double element(int e, Work w, int order) {
        return block(w.u, order >= 1 ? w.g : null, order >= 2 ? w.h : null);
    }

    /**
     * One Wood block at u[0..4): its value, and (when non-null) gradient g and 4×4 Hessian h
     * (row-major). Shared with {@link ChainedWood}.
     */
    static double block(double[] u, double[] g, double[] h) {
        double t1 = u[1] - u[0] * u[0];
        double t2 = u[3] - u[2] * u[2];
        double p = u[1] + u[3] - 2;
        double q = u[1] - u[3];
        if (g != null) {
            g[0] = -400 * u[0] * t1 - 2 * (1 - u[0]);
            g[1] = 200 * t1 + 20 * p + 0.2 * q;
            g[2] = -360 * u[2] * t2 - 2 * (1 - u[2]);
            g[3] = 180 * t2 + 20 * p - 0.2 * q;
        }
        if (h != null) {
            h[0] = 1200 * u[0] * u[0] - 400 * u[1] + 2;
            addSym(h, 4, 0, 1, -400 * u[0]);
            h[5] = 220.2;
            addSym(h, 4, 1, 3, 19.8);
            h[10] = 1080 * u[2] * u[2] - 360 * u[3] + 2;
            addSym(h, 4, 2, 3, -360 * u[2]);
            h[15] = 200.2;
        }
        return 100 * t1 * t1 + (1 - u[0]) * (1 - u[0]) + 90 * t2 * t2 + (1 - u[2]) * (1 - u[2])
                + 10 * p * p + 0.1 * q * q;
    }
}
