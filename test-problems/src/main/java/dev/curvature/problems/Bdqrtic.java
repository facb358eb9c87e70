package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * CUTEst BDQRTIC (Conn, Gould, Lescrenier &amp; Toint 1988, problem 61; SIF input Ph. Toint, 1989):
 * f = Σ_{i=1}^{n−4} [(3 − 4xᵢ)² + (xᵢ² + 2x_{i+1}² + 3x_{i+2}² + 4x_{i+3}² + 5xₙ²)²], a quartic
 * with banded Hessian (bandwidth 9, plus the last row and column); x0 = (1, …, 1); default
 * n = 100. Best known values from the SIF file: 3.78769·10² (n = 100), 1.98101·10³ (500),
 * 3.98382·10³ (1000). For n = 100 and 500 {@link #knownMinimum()} holds the values our
 * damped-Newton run reached, 378.769192 and 1981.01308, which agree with the printed digits;
 * n = 1000 keeps the SIF value. Other n have none.
 */
final class Bdqrtic extends ElementSum {
    private static final double[] C = {1, 2, 3, 4, 5};

    Bdqrtic(int n) {
        super("bdqrtic", filled(atLeast(n, 5, "bdqrtic"), 1), fStar(n),
                "CUTEst BDQRTIC (Conn, Gould, Lescrenier & Toint 1988, problem 61)");
    }

    private static OptionalDouble fStar(int n) {
        return n == 100 ? OptionalDouble.of(378.769192)
                : n == 500 ? OptionalDouble.of(1981.01308)
                : n == 1000 ? OptionalDouble.of(3.98382e3) : OptionalDouble.empty();
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.atLeast(5);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new Bdqrtic(n);
    }

    @Override
    int elementCount() {
        return dimension() - 4;
    }

    @Override
    int maxElementSize() {
        return 5;
    }

    @Override
    int variables(int e, int[] idx) {
        for (int a = 0; a < 4; a++) {
            idx[a] = e + a;
        }
        idx[4] = dimension() - 1;
        return 5;
    }

    @Override
    double element(int e, Work w, int order) {
        double[] u = w.u;
        double lin = 3 - 4 * u[0];
        double q = 0;
        for (int a = 0; a < 5; a++) {
            q += C[a] * u[a] * u[a];
        }
        if (order >= 1) {
            for (int a = 0; a < 5; a++) {
                w.g[a] = 4 * q * C[a] * u[a];
            }
            w.g[0] -= 8 * lin;
        }
        if (order >= 2) {
            for (int a = 0; a < 5; a++) {
                for (int b = 0; b < 5; b++) {
                    w.h[a * 5 + b] = 8 * C[a] * C[b] * u[a] * u[b] + (a == b ? 4 * q * C[a] : 0);
                }
            }
            w.h[0] += 32;
        }
        return lin * lin + q * q;
    }
}
