package dev.curvature.api.spi;

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
}
