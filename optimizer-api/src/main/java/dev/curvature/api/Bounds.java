package dev.curvature.api;

import java.util.Arrays;

/**
 * Simple bounds l ≤ x ≤ u on the variables of a minimization (a box). Either side may be
 * infinite: −∞ for no lower bound, +∞ for no upper bound; l_i = u_i fixes variable i. Immutable
 * and thread-safe.
 *
 * <p>The first-order optimality measure under bounds is the projected gradient
 * ‖P(x − ∇f(x)) − x‖∞, where P projects onto the box (Conn, Gould &amp; Toint 1988; Byrd, Lu,
 * Nocedal &amp; Zhu 1995, §6): it is 0 exactly at the points that satisfy the KKT conditions of
 * the box, and equals ‖∇f(x)‖∞ where no bound is near.
 *
 * <pre>{@code
 * Bounds rates = Bounds.of(new double[] {0, 0}, new double[] {Double.POSITIVE_INFINITY, 1});
 * OptimizationResult r = Optimizers.named("lbfgsb").minimize(f, x0, rates);
 * }</pre>
 */
public final class Bounds {
    private final double[] lower;
    private final double[] upper;
    private final boolean finite;

    private Bounds(double[] lower, double[] upper) {
        this.lower = lower;
        this.upper = upper;
        boolean any = false;
        for (int i = 0; i < lower.length; i++) {
            any |= lower[i] != Double.NEGATIVE_INFINITY || upper[i] != Double.POSITIVE_INFINITY;
        }
        this.finite = any;
    }

    /**
     * The box l ≤ x ≤ u (the arrays are copied).
     *
     * @throws IllegalArgumentException when an array is null or empty, their lengths differ, an
     *     entry is NaN, l_i = +∞ or u_i = −∞ (no feasible point), or l_i &gt; u_i; the message
     *     names the offending index
     */
    public static Bounds of(double[] lower, double[] upper) {
        if (lower == null || upper == null) {
            throw new IllegalArgumentException((lower == null ? "lower" : "upper")
                    + " must not be null (use Double.NEGATIVE_INFINITY / POSITIVE_INFINITY for"
                    + " an unbounded side)");
        }
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower has length " + lower.length
                    + " but upper has length " + upper.length);
        }
        if (lower.length == 0) {
            throw new IllegalArgumentException("lower and upper must have at least one entry");
        }
        for (int i = 0; i < lower.length; i++) {
            double l = lower[i];
            double u = upper[i];
            if (Double.isNaN(l) || l == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("lower[" + i + "] must be finite or −∞, was "
                        + l);
            }
            if (Double.isNaN(u) || u == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("upper[" + i + "] must be finite or +∞, was "
                        + u);
            }
            if (l > u) {
                throw new IllegalArgumentException("lower[" + i + "] = " + l + " exceeds upper["
                        + i + "] = " + u);
            }
        }
        return new Bounds(lower.clone(), upper.clone());
    }

    /** No bound on any of n variables. */
    public static Bounds unbounded(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        double[] l = new double[n];
        double[] u = new double[n];
        Arrays.fill(l, Double.NEGATIVE_INFINITY);
        Arrays.fill(u, Double.POSITIVE_INFINITY);
        return new Bounds(l, u);
    }

    /** x ≥ 0 for all n variables. */
    public static Bounds nonNegative(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        double[] u = new double[n];
        Arrays.fill(u, Double.POSITIVE_INFINITY);
        return new Bounds(new double[n], u);
    }

    /** The number of variables. */
    public int dimension() {
        return lower.length;
    }

    /** l_i (−∞ when variable i has no lower bound). */
    public double lower(int i) {
        return lower[i];
    }

    /** u_i (+∞ when variable i has no upper bound). */
    public double upper(int i) {
        return upper[i];
    }

    /** A copy of l. */
    public double[] lower() {
        return lower.clone();
    }

    /** A copy of u. */
    public double[] upper() {
        return upper.clone();
    }

    /** True when every variable has a finite lower and a finite upper bound. */
    public boolean boxed() {
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] == Double.NEGATIVE_INFINITY || upper[i] == Double.POSITIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    /** True when at least one bound is finite (otherwise the problem is unconstrained). */
    public boolean hasFiniteBound() {
        return finite;
    }

    /** True when l ≤ x ≤ u. */
    public boolean contains(double[] x) {
        for (int i = 0; i < lower.length; i++) {
            if (!(x[i] >= lower[i] && x[i] <= upper[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes P(x), the nearest point of the box, into {@code out} (which may be {@code x}).
     *
     * @return the number of entries that moved
     */
    public int project(double[] x, double[] out) {
        int moved = 0;
        for (int i = 0; i < lower.length; i++) {
            double v = Math.min(Math.max(x[i], lower[i]), upper[i]);
            if (v != x[i]) {
                moved++;
            }
            out[i] = v;
        }
        return moved;
    }

    /** P(v)_i for one coordinate. */
    public double project(int i, double v) {
        return Math.min(Math.max(v, lower[i]), upper[i]);
    }

    /**
     * The projected-gradient norm ‖P(x − g) − x‖∞ at a point x of the box, the first-order
     * optimality measure under bounds (0 at a KKT point). NaN when g has a NaN entry.
     */
    public double projectedGradientNorm(double[] x, double[] g) {
        double norm = 0;
        for (int i = 0; i < lower.length; i++) {
            double xi = x[i];
            double pi = Math.min(Math.max(xi - g[i], lower[i]), upper[i]) - xi;
            norm = Math.max(norm, Math.abs(pi)); // Math.max propagates NaN
        }
        return norm;
    }

    /**
     * The largest α ≥ 0 with l ≤ x + α·p ≤ u, for x in the box (+∞ when p never leaves it; 0
     * when p points out of the box at once).
     */
    public double maxStep(double[] x, double[] p) {
        double alpha = Double.POSITIVE_INFINITY;
        for (int i = 0; i < lower.length; i++) {
            double pi = p[i];
            if (pi > 0 && upper[i] != Double.POSITIVE_INFINITY) {
                alpha = Math.min(alpha, Math.max(0, upper[i] - x[i]) / pi);
            } else if (pi < 0 && lower[i] != Double.NEGATIVE_INFINITY) {
                alpha = Math.min(alpha, Math.max(0, x[i] - lower[i]) / -pi);
            }
        }
        return alpha;
    }

    /**
     * The indices i where x_i lies on a bound (x_i = l_i or x_i = u_i), in increasing order: the
     * active set of x.
     */
    public int[] activeSet(double[] x) {
        int count = 0;
        for (int i = 0; i < lower.length; i++) {
            if (x[i] == lower[i] || x[i] == upper[i]) {
                count++;
            }
        }
        int[] active = new int[count];
        int k = 0;
        for (int i = 0; i < lower.length; i++) {
            if (x[i] == lower[i] || x[i] == upper[i]) {
                active[k++] = i;
            }
        }
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bounds b && Arrays.equals(lower, b.lower)
                && Arrays.equals(upper, b.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Bounds[");
        int shown = Math.min(lower.length, 6);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append('[').append(lower[i]).append(", ")
                    .append(upper[i]).append(']');
        }
        if (shown < lower.length) {
            sb.append(", … (").append(lower.length).append(" variables)");
        }
        return sb.append(']').toString();
    }
}
