package dev.curvature.problems;

import dev.curvature.api.TwiceDifferentiable;
import java.util.Arrays;

/**
 * Fourth-order central differences (five-point stencil: truncation O(h⁴), rounding about
 * ε(8|f₊₁| + 8|f₋₁| + |f₊₂| + |f₋₂|)/(12h)) used to check exact derivatives.
 *
 * <p>The step starts small, h = h₀/64 with h₀ = 10⁻³·max(|xⱼ|, 0.1) scaled to the coordinate, and
 * grows by factors of 4 until the rounding bound falls below {@link #QUIET} times the estimate's
 * size (at most to h₀·4¹²). So well-scaled problems use a tiny step where truncation is
 * negligible, while badly scaled ones — a coordinate whose terms are tiny beside f, or a long sum
 * where |f| ≫ |∂f/∂xⱼ| — get the larger step they need to be resolved at all, instead of a
 * looser tolerance.
 */
final class FiniteDifferences {
    /** Base relative step: near ε^{1/5} for the five-point stencil. */
    static final double STEP = 1e-3;
    /** Magnitude below which a coordinate's step stops shrinking. */
    static final double FLOOR = 0.1;
    /** Accepted rounding error relative to max(1, |estimate|): a tenth of the tests' tolerance. */
    static final double QUIET = 1e-7;
    /** Rounding of one evaluation of f or ∇f, relative to its value. */
    static final double ROUNDING = 2 * Math.ulp(1.0);
    private static final int LOW = -3;
    private static final int HIGH = 12;

    private FiniteDifferences() {
    }

    /** The coordinate scale max(|xⱼ|, 0.1). */
    static double scale(double xj) {
        return Math.max(Math.abs(xj), FLOOR);
    }

    /** ∂f/∂xⱼ. */
    static double partial(TwiceDifferentiable f, double[] x, int j) {
        return partial(f, x, j, FiniteDifferences::scale);
    }

    /** ∂f/∂xⱼ with the coordinate scale given by {@code scale} instead of {@link #scale}. */
    static double partial(TwiceDifferentiable f, double[] x, int j,
            java.util.function.DoubleUnaryOperator scale) {
        double h0 = STEP * scale.applyAsDouble(x[j]);
        double[] y = x.clone();
        double d = Double.NaN;
        for (int k = LOW; k <= HIGH; k++) {
            double h = h0 * Math.pow(4, k);
            y[j] = x[j] + h;
            double p1 = f.value(y);
            y[j] = x[j] - h;
            double m1 = f.value(y);
            y[j] = x[j] + 2 * h;
            double p2 = f.value(y);
            y[j] = x[j] - 2 * h;
            double m2 = f.value(y);
            y[j] = x[j];
            d = (8 * (p1 - m1) - (p2 - m2)) / (12 * h);
            double noise = ROUNDING * (8 * Math.abs(p1) + 8 * Math.abs(m1) + Math.abs(p2)
                    + Math.abs(m2)) / (12 * h);
            if (noise <= QUIET * Math.max(1, Math.abs(d))) {
                return d;
            }
        }
        return d;
    }

    /** Column j of the Hessian, from the exact gradient. */
    static double[] hessianColumn(TwiceDifferentiable f, double[] x, int j) {
        return hessianColumn(f, x, j, FiniteDifferences::scale);
    }

    /** Column j of the Hessian with the coordinate scale given by {@code scale}. */
    static double[] hessianColumn(TwiceDifferentiable f, double[] x, int j,
            java.util.function.DoubleUnaryOperator scale) {
        double[] e = new double[x.length];
        e[j] = 1;
        return directional(f, x, e, STEP * scale.applyAsDouble(x[j]));
    }

    /** ∇²f·v from the exact gradient along v, base step h0 (in units of v); entrywise steps. */
    static double[] directional(TwiceDifferentiable f, double[] x, double[] v, double h0) {
        int n = x.length;
        double[] result = new double[n];
        boolean[] done = new boolean[n];
        int remaining = n;
        for (int k = LOW; k <= HIGH && remaining > 0; k++) {
            double h = h0 * Math.pow(4, k);
            double[] p1 = gradientAt(f, x, v, h);
            double[] m1 = gradientAt(f, x, v, -h);
            double[] p2 = gradientAt(f, x, v, 2 * h);
            double[] m2 = gradientAt(f, x, v, -2 * h);
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    continue;
                }
                double d = (8 * (p1[i] - m1[i]) - (p2[i] - m2[i])) / (12 * h);
                double noise = ROUNDING * (8 * Math.abs(p1[i]) + 8 * Math.abs(m1[i])
                        + Math.abs(p2[i]) + Math.abs(m2[i])) / (12 * h);
                result[i] = d;
                if (noise <= QUIET * Math.max(1, Math.abs(d))) {
                    done[i] = true;
                    remaining--;
                }
            }
        }
        return result;
    }

    private static double[] gradientAt(TwiceDifferentiable f, double[] x, double[] v, double t) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] + t * v[i];
        }
        double[] g = new double[x.length];
        f.gradient(y, g);
        return g;
    }

    static String describe(double[] a) {
        return Arrays.toString(a);
    }
}
