package dev.curvature.problems;

/**
 * A number carrying its exact gradient and Hessian with respect to k element variables
 * (second-order forward-mode differentiation): every operation applies the chain rule
 * φ(a)′ = φ′(a)·∇a, ∇²φ(a) = φ′(a)·∇²a + φ″(a)·∇a∇aᵀ and the product rule to the stored
 * derivatives, so the results are the analytic first and second derivatives of the formula as
 * written, rounded like any closed-form expression (no truncation error, unlike finite
 * differences).
 *
 * <p>Used by {@link AdElementSum} to evaluate small element functions (k ≤ a few dozen) of the
 * extended test set once for value, gradient and Hessian. Immutable; when {@code order} is 0
 * (value only) or 1 (value and gradient) the higher derivatives are not stored, so a value
 * evaluation costs little more than plain arithmetic.
 */
final class Dual {
    final int k;
    final double v;
    /** ∂/∂uₐ, length k, or null when order = 0. */
    final double[] g;
    /** ∂²/∂uₐ∂u_b row-major (stride k, both triangles), or null when order &lt; 2. */
    final double[] h;

    private Dual(int k, double v, double[] g, double[] h) {
        this.k = k;
        this.v = v;
        this.g = g;
        this.h = h;
    }

    /** The element variable number {@code index} (of k) with value {@code value}. */
    static Dual variable(double value, int index, int k, int order) {
        double[] g = null;
        if (order >= 1) {
            g = new double[k];
            g[index] = 1;
        }
        return new Dual(k, value, g, order >= 2 ? new double[k * k] : null);
    }

    /** The variables u[0..k) as Duals. */
    static Dual[] variables(double[] u, int k, int order) {
        Dual[] d = new Dual[k];
        for (int a = 0; a < k; a++) {
            d[a] = variable(u[a], a, k, order);
        }
        return d;
    }

    /** A constant with the same shape as this. */
    Dual constant(double c) {
        return new Dual(k, c, g == null ? null : new double[k], h == null ? null : new double[k * k]);
    }

    double value() {
        return v;
    }

    Dual plus(Dual b) {
        double[] rg = null;
        double[] rh = null;
        if (g != null) {
            rg = new double[k];
            for (int a = 0; a < k; a++) {
                rg[a] = g[a] + b.g[a];
            }
        }
        if (h != null) {
            rh = new double[k * k];
            for (int a = 0; a < rh.length; a++) {
                rh[a] = h[a] + b.h[a];
            }
        }
        return new Dual(k, v + b.v, rg, rh);
    }

    Dual plus(double c) {
        return new Dual(k, v + c, g, h);
    }

    Dual minus(Dual b) {
        return plus(b.times(-1));
    }

    Dual minus(double c) {
        return new Dual(k, v - c, g, h);
    }

    /** c − this. */
    Dual rminus(double c) {
        return times(-1).plus(c);
    }

    Dual negate() {
        return times(-1);
    }

    Dual times(double c) {
        double[] rg = null;
        double[] rh = null;
        if (g != null) {
            rg = new double[k];
            for (int a = 0; a < k; a++) {
                rg[a] = c * g[a];
            }
        }
        if (h != null) {
            rh = new double[k * k];
            for (int a = 0; a < rh.length; a++) {
                rh[a] = c * h[a];
            }
        }
        return new Dual(k, c * v, rg, rh);
    }

    Dual times(Dual b) {
        double[] rg = null;
        double[] rh = null;
        if (g != null) {
            rg = new double[k];
            for (int a = 0; a < k; a++) {
                rg[a] = v * b.g[a] + b.v * g[a];
            }
        }
        if (h != null) {
            rh = new double[k * k];
            for (int a = 0; a < k; a++) {
                for (int c = 0; c < k; c++) {
                    int i = a * k + c;
                    rh[i] = v * b.h[i] + b.v * h[i] + g[a] * b.g[c] + b.g[a] * g[c];
                }
            }
        }
        return new Dual(k, v * b.v, rg, rh);
    }

    Dual div(Dual b) {
        return times(b.inverse());
    }

    Dual div(double c) {
        return times(1 / c);
    }

    /** c / this. */
    Dual rdiv(double c) {
        return inverse().times(c);
    }

    /** φ(this) given φ, φ′ and φ″ at this value. */
    Dual apply(double f, double f1, double f2) {
        double[] rg = null;
        double[] rh = null;
        if (g != null) {
            rg = new double[k];
            for (int a = 0; a < k; a++) {
                rg[a] = f1 * g[a];
            }
        }
        if (h != null) {
            rh = new double[k * k];
            for (int a = 0; a < k; a++) {
                for (int c = 0; c < k; c++) {
                    int i = a * k + c;
                    rh[i] = f1 * h[i] + f2 * g[a] * g[c];
                }
            }
        }
        return new Dual(k, f, rg, rh);
    }

    Dual inverse() {
        double r = 1 / v;
        return apply(r, -r * r, 2 * r * r * r);
    }

    Dual square() {
        return apply(v * v, 2 * v, 2);
    }

    Dual cube() {
        return apply(v * v * v, 3 * v * v, 6 * v);
    }

    /** thisᵖ for an integer p. */
    Dual pow(int p) {
        if (p == 0) {
            return constant(1);
        }
        if (p == 1) {
            return this;
        }
        double vp2 = p == 2 ? 1 : Math.pow(v, p - 2);
        double vp1 = vp2 * v;
        return apply(vp1 * v, p * vp1, (double) p * (p - 1) * vp2);
    }

    /** thisᵖ for a real p (this &gt; 0 unless p is an integer). */
    Dual pow(double p) {
        double f = Math.pow(v, p);
        return apply(f, p * Math.pow(v, p - 1), p * (p - 1) * Math.pow(v, p - 2));
    }

    /** this^e = exp(e·log this), this &gt; 0. */
    Dual pow(Dual e) {
        return log().times(e).exp();
    }

    Dual sqrt() {
        double s = Math.sqrt(v);
        return apply(s, 0.5 / s, -0.25 / (s * v));
    }

    Dual exp() {
        double e = Math.exp(v);
        return apply(e, e, e);
    }

    Dual log() {
        return apply(Math.log(v), 1 / v, -1 / (v * v));
    }

    Dual sin() {
        double s = Math.sin(v);
        return apply(s, Math.cos(v), -s);
    }

    Dual cos() {
        double c = Math.cos(v);
        return apply(c, -Math.sin(v), -c);
    }

    Dual tan() {
        double t = Math.tan(v);
        double s = 1 + t * t;
        return apply(t, s, 2 * t * s);
    }

    Dual atan() {
        double d = 1 / (1 + v * v);
        return apply(Math.atan(v), d, -2 * v * d * d);
    }

    Dual tanh() {
        double t = Math.tanh(v);
        double s = 1 - t * t;
        return apply(t, s, -2 * t * s);
    }

    /** Σ terms (at least one). */
    static Dual sum(Dual... terms) {
        Dual s = terms[0];
        for (int i = 1; i < terms.length; i++) {
            s = s.plus(terms[i]);
        }
        return s;
    }
}
