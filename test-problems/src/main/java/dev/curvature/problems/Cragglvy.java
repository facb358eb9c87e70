package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CUTEst CRAGGLVY, the extended Cragg and Levy problem (Toint 1983, problem 32; Buckley #18; SIF
 * input Ph. Toint, 1989): for even n ≥ 4, with (a, b, c, d) = (x_{2i−1}, x_{2i}, x_{2i+1}, x_{2i+2}),
 * f = Σ_{i=1}^{n/2−1} [(eᵃ − b)⁴ + 100(b − c)⁶ + (tan(c − d) + c − d)⁴ + a⁸ + (d − 1)²];
 * x0 = (1, 2, 2, …, 2); default n = 100. Best known values from the SIF file: 0 (n = 4, at
 * (0, 1, 1, 1)), 1.886566 (10), 15.372 (50), 32.270 (100), 167.45 (500), 336.42 (1000),
 * 1688.2 (5000); other n have no {@link #knownMinimum()}. For n = 50 the stored value is
 * 15.3725095, reached by our damped-Newton run and agreeing with the printed 15.372; our runs
 * also reproduce n = 10 (1.88656590) and n = 100 (32.2699115).
 */
final class Cragglvy extends ElementSum {

    Cragglvy(int n) {
        super("cragglvy", start(n), fStar(n), "CUTEst CRAGGLVY (Toint 1983, problem 32)");
    }

    private static double[] start(int n) {
        atLeast(multipleOf(n, 2, "cragglvy"), 4, "cragglvy");
        double[] x = filled(n, 2);
        x[0] = 1;
        return x;
    }

    private static OptionalDouble fStar(int n) {
        switch (n) {
            case 4:
                return OptionalDouble.of(0);
            case 10:
                return OptionalDouble.of(1.886566);
            case 50:
                return OptionalDouble.of(15.3725095);
            case 100:
                return OptionalDouble.of(32.270);
            case 500:
                return OptionalDouble.of(167.45);
            case 1000:
                return OptionalDouble.of(336.42);
            case 5000:
                return OptionalDouble.of(1688.2);
            default:
                return OptionalDouble.empty();
        }
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
        return n == dimension() ? this : new Cragglvy(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return dimension() == 4 ? Optional.of(new double[] {0, 1, 1, 1}) : Optional.empty();
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
        for (int j = 0; j < 4; j++) {
            idx[j] = 2 * e + j;
        }
        return 4;
    }

    @Override
    double element(int e, Work w, int order) {
        double a = w.u[0];
        double b = w.u[1];
        double c = w.u[2];
        double d = w.u[3];
        double ea = Math.exp(a);
        double p = ea - b;
        double q = b - c;
        double s = c - d;
        double tan = Math.tan(s);
        double r = tan + s;
        double a7 = Math.pow(a, 7);
        double p2 = p * p;
        double q4 = q * q * q * q;
        double r2 = r * r;
        double value = p2 * p2 + 100 * q4 * q * q + r2 * r2 + a7 * a + (d - 1) * (d - 1);
        if (order >= 1) {
            double dr = 2 + tan * tan;                 // d/ds (tan s + s)
            double t3 = 4 * r2 * r * dr;               // d/ds r⁴
            w.g[0] = 4 * p2 * p * ea + 8 * a7;
            w.g[1] = -4 * p2 * p + 600 * q4 * q;
            w.g[2] = -600 * q4 * q + t3;
            w.g[3] = -t3 + 2 * (d - 1);
            if (order >= 2) {
                double ddr = 2 * tan * (1 + tan * tan);
                double t33 = 12 * r2 * dr * dr + 4 * r2 * r * ddr;
                double h6 = 3000 * q4;
                w.h[0] = 12 * p2 * ea * ea + 4 * p2 * p * ea + 56 * Math.pow(a, 6);
                addSym(w.h, 4, 0, 1, -12 * p2 * ea);
                w.h[5] = 12 * p2 + h6;
                addSym(w.h, 4, 1, 2, -h6);
                w.h[10] = h6 + t33;
                addSym(w.h, 4, 2, 3, -t33);
                w.h[15] = t33 + 2;
            }
        }
        return value;
    }
}
