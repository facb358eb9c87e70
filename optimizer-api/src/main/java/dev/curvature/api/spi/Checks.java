package dev.curvature.api.spi;

import dev.curvature.api.Bounds;

/**
 * Argument checks that name the offending argument, shared by every module.
 */
public final class Checks {
    private Checks() {
    }

    /** Requires {@code value ≥ 1}. */
    public static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }

    /** Requires {@code value ≥ 0}. */
    public static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be non-negative, was " + value);
        }
        return value;
    }

    /** Requires a finite {@code value ≥ 0}. */
    public static double nonNegative(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and non-negative, was " + value);
        }
        return value;
    }

    /** Requires a finite {@code value > 0}. */
    public static double positive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and positive, was " + value);
        }
        return value;
    }

    /** Requires {@code lo < value < hi} (open interval). */
    public static double openInterval(double value, double lo, double hi, String name) {
        if (!(value > lo && value < hi)) {
            throw new IllegalArgumentException(
                    name + " must lie in (" + lo + ", " + hi + "), was " + value);
        }
        return value;
    }

    /** Requires a non-null point of length {@code n} with finite entries. */
    public static double[] finitePoint(double[] x, int n, String name) {
        if (x == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (x.length != n) {
            throw new IllegalArgumentException(
                    name + " has length " + x.length + " but the objective's dimension is " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + x[i]);
            }
        }
        return x;
    }

    /** Requires a non-null reference. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * {@code t.toString()}, or its class name when that throws (a user exception whose
     * {@code getMessage()} fails must not hide itself, nor end the run with another exception).
     */
    public static String describe(Throwable t) {
        if (t == null) {
            return "null";
        }
        try {
            return t.toString();
        } catch (RuntimeException e) {
            return t.getClass().getName() + " (its message could not be read: "
                    + e.getClass().getName() + ")";
        }
    }

    /**
     * Checks that an n×n dense matrix fits in a Java array (n² ≤ 2³¹ − 1, so n ≤ 46 340).
     *
     * @param n the dimension
     * @param method the method that needs the matrix, for the message
     * @return n
     */
    public static int denseDimension(int n, String method) {
        if (n > 46_340) {
            throw new IllegalArgumentException("objective.dimension(): " + method + " stores "
                    + "n×n dense matrices, which Java arrays hold only up to n = 46 340; n = " + n
                    + ". Use a matrix-free method: lbfgs, newton-cg or newton-trust-region-cg");
        }
        return n;
    }

    /** Requires non-null bounds of dimension n. */
    public static Bounds bounds(Bounds bounds, int n) {
        if (bounds == null) {
            throw new IllegalArgumentException("bounds must not be null (use Bounds.unbounded(n)"
                    + " or the minimize overload without bounds)");
        }
        if (bounds.dimension() != n) {
            throw new IllegalArgumentException("bounds has dimension " + bounds.dimension()
                    + " but the objective's dimension is " + n);
        }
        return bounds;
    }

    /** Why a method refuses finite bounds, naming the methods that accept them. */
    public static String boundsRefused(String method) {
        return "bounds: method '" + method + "' cannot honour bounds; use lbfgsb or"
                + " newton-trust-region (or remove the finite bounds)";
    }
}
