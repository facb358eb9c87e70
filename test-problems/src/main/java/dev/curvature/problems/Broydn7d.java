package dev.curvature.problems;

import java.util.OptionalDouble;

/**
 * CUTEst BROYDN7D, a seven-diagonal variant of Broyden's tridiagonal system (Toint 1978,
 * Math. Comp. 32:839; Buckley #84; SIF input Ph. Toint, 1989): for even n,
 * f = Σ_{i=1}^{n} |(3 − 2xᵢ)xᵢ − x_{i−1} − 2x_{i+1} + 1|^{7/3} + Σ_{i=1}^{n/2} |xᵢ + x_{i+n/2}|^{7/3}
 * with x₀ = x_{n+1} = 0; x0 = (1, …, 1) as in the SIF file; default n = 100. The SIF file's
 * comment gives 1.2701 without naming n, so {@link #knownMinimum()} is empty. The Hessian exists
 * everywhere but its terms behave like |p|^{1/3} near p = 0, so it is only Hölder continuous.
 */
final class Broydn7d extends ElementSum {
    private static final double P = 7.0 / 3.0;

    Broydn7d(int n) {
        super("broydn7d", filled(multipleOf(n, 2, "broydn7d"), 1), OptionalDouble.empty(),
                "CUTEst BROYDN7D (Toint 1978; Buckley #84)");
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.multiplesOf(2, 2);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new Broydn7d(n);
    }

    @Override
    int elementCount() {
        return dimension() + dimension() / 2;
    }

    @Override
    int maxElementSize() {
        return 3;
    }

    @Override
    int variables(int e, int[] idx) {
        int n = dimension();
        if (e >= n) {
            idx[0] = e - n;
            idx[1] = e - n + n / 2;
            return 2;
        }
        int k = 0;
        idx[k++] = e;
        if (e > 0) {
            idx[k++] = e - 1;
        }
        if (e < n - 1) {
            idx[k++] = e + 1;
        }
        return k;
    }

    @Override
    double element(int e, Work w, int order) {
        int n = dimension();
        int k = w.k;
        double[] u = w.u;
        double p;
        double pii = 0;
        if (e >= n) {
            p = u[0] + u[1];
        } else {
            p = (3 - 2 * u[0]) * u[0] + 1;
            int a = 1;
            if (e > 0) {
                p -= u[a++];
            }
            if (e < n - 1) {
                p -= 2 * u[a];
            }
            pii = -4;
        }
        double ap = Math.abs(p);
        double cbrt = Math.cbrt(ap);
        double value = ap * ap * cbrt;              // |p|^{7/3}
        if (order >= 1) {
            double d1 = P * p * cbrt;               // φ′(p) = (7/3) p |p|^{1/3}
            for (int a = 0; a < k; a++) {
                w.g[a] = d1 * gradP(e, a, u);
            }
            if (order >= 2) {
                double d2 = P * (4.0 / 3.0) * cbrt;  // φ″(p) = (28/9)|p|^{1/3}
                for (int a = 0; a < k; a++) {
                    for (int b = 0; b < k; b++) {
                        w.h[a * k + b] = d2 * gradP(e, a, u) * gradP(e, b, u);
                    }
                }
                w.h[0] += d1 * pii;
            }
        }
        return value;
    }

    /** ∂p/∂u_a for element e (u[0] is xᵢ, then x_{i−1} if present, then x_{i+1} if present). */
    private double gradP(int e, int a, double[] u) {
        int n = dimension();
        if (e >= n) {
            return 1;
        }
        if (a == 0) {
            return 3 - 4 * u[0];
        }
        boolean hasLeft = e > 0;
        return (a == 1 && hasLeft) ? -1 : -2;
    }
}
