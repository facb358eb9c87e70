package dev.curvature.problems;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Dixon–Maany family DIXMAANA…DIXMAANL (Dixon &amp; Maany 1988, "A family of test problems
 * with sparse Hessians for unconstrained optimization", TR 206, Hatfield Polytechnic; CUTEst SIF
 * input Ph. Toint, 1989, corrected Ph. Shott, 1995): for n = 3m,
 * f = 1 + Σ_{i=1}^{n} α(i/n)^{k₁}xᵢ² + Σ_{i=1}^{n−1} β(i/n)^{k₂}xᵢ²(x_{i+1} + x_{i+1}²)²
 * + Σ_{i=1}^{2m} γ(i/n)^{k₃}xᵢ²x_{i+m}⁴ + Σ_{i=1}^{m} δ(i/n)^{k₄}xᵢx_{i+2m};
 * x0 = (2, …, 2); default n = 90 (M = 30, one of the SIF file's sizes); f* = 1 at x = 0 (the
 * quadratic part is positive definite and the other terms are non-negative).
 *
 * <table><caption>Parameters</caption>
 * <tr><th>variant</th><th>α</th><th>β</th><th>γ</th><th>δ</th><th>k₁…k₄</th></tr>
 * <tr><td>A, E, I</td><td>1</td><td>0</td><td>0.125</td><td>0.125</td><td rowspan="4">A–D: 0,0,0,0;
 * E–H: 1,0,0,1; I–L: 2,0,0,2</td></tr>
 * <tr><td>B, F, J</td><td>1</td><td>0.0625</td><td>0.0625</td><td>0.0625</td></tr>
 * <tr><td>C, G, K</td><td>1</td><td>0.125</td><td>0.125</td><td>0.125</td></tr>
 * <tr><td>D, H, L</td><td>1</td><td>0.26</td><td>0.26</td><td>0.26</td></tr>
 * </table>
 */
final class Dixmaan extends ElementSum {
    private static final double[][] WEIGHTS = {
        {1, 0, 0.125, 0.125}, {1, 0.0625, 0.0625, 0.0625}, {1, 0.125, 0.125, 0.125},
        {1, 0.26, 0.26, 0.26}};

    private final char variant;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double delta;
    private final int power;   // k₁ = k₄; k₂ = k₃ = 0

    Dixmaan(char variant, int n) {
        super("dixmaan" + Character.toLowerCase(variant),
                filled(multipleOf(n, 3, "dixmaan" + Character.toLowerCase(variant)), 2),
                OptionalDouble.of(1),
                "CUTEst DIXMAAN" + Character.toUpperCase(variant) + " (Dixon & Maany 1988)");
        char v = Character.toUpperCase(variant);
        int index = v - 'A';
        if (index < 0 || index >= 12) {
            throw new IllegalArgumentException("variant: must be A..L, was " + variant);
        }
        this.variant = v;
        double[] w = WEIGHTS[index % 4];
        alpha = w[0];
        beta = w[1];
        gamma = w[2];
        delta = w[3];
        power = index / 4;
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.multiplesOf(3, 3);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new Dixmaan(variant, n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[dimension()]);
    }

    @Override
    double constantTerm() {
        return 1;
    }

    @Override
    public String toString() {
        return super.toString() + String.format(Locale.ROOT, " [DIXMAAN%c]", variant);
    }

    // elements: [0, n) type 1; [n, 2n−1) type 2; [2n−1, 2n−1+2m) type 3; then m of type 4
    @Override
    int elementCount() {
        int n = dimension();
        return n + (n - 1) + 2 * (n / 3) + n / 3;
    }

    @Override
    int maxElementSize() {
        return 2;
    }

    @Override
    int variables(int e, int[] idx) {
        int n = dimension();
        int m = n / 3;
        if (e < n) {
            idx[0] = e;
            return 1;
        }
        e -= n;
        if (e < n - 1) {
            idx[0] = e;
            idx[1] = e + 1;
            return 2;
        }
        e -= n - 1;
        if (e < 2 * m) {
            idx[0] = e;
            idx[1] = e + m;
            return 2;
        }
        e -= 2 * m;
        idx[0] = e;
        idx[1] = e + 2 * m;
        return 2;
    }

    @Override
    double element(int e, Work w, int order) {
        int n = dimension();
        int m = n / 3;
        double a = w.u[0];
        if (e < n) {
            double c = alpha * Math.pow((e + 1.0) / n, power);
            if (order >= 1) {
                w.g[0] = 2 * c * a;
            }
            if (order >= 2) {
                w.h[0] = 2 * c;
            }
            return c * a * a;
        }
        double b = w.u[1];
        e -= n;
        if (e < n - 1) {
            double c = beta;
            double q = b + b * b;
            double db = 1 + 2 * b;
            if (order >= 1) {
                w.g[0] = 2 * c * a * q * q;
                w.g[1] = 2 * c * a * a * q * db;
            }
            if (order >= 2) {
                w.h[0] = 2 * c * q * q;
                addSym(w.h, 2, 0, 1, 4 * c * a * q * db);
                w.h[3] = 2 * c * a * a * (db * db + 2 * q);
            }
            return c * a * a * q * q;
        }
        e -= n - 1;
        if (e < 2 * m) {
            double c = gamma;
            double b2 = b * b;
            if (order >= 1) {
                w.g[0] = 2 * c * a * b2 * b2;
                w.g[1] = 4 * c * a * a * b2 * b;
            }
            if (order >= 2) {
                w.h[0] = 2 * c * b2 * b2;
                addSym(w.h, 2, 0, 1, 8 * c * a * b2 * b);
                w.h[3] = 12 * c * a * a * b2;
            }
            return c * a * a * b2 * b2;
        }
        e -= 2 * m;
        double c = delta * Math.pow((e + 1.0) / n, power);
        if (order >= 1) {
            w.g[0] = c * b;
            w.g[1] = c * a;
        }
        if (order >= 2) {
            addSym(w.h, 2, 0, 1, c);
        }
        return c * a * b;
    }
}
