package dev.curvature.problems;

import java.util.Locale;

/**
 * The dimensions a test problem accepts: every multiple of {@code step} from {@code min} to
 * {@code max} (inclusive). A fixed-size problem has {@code min == max}.
 *
 * @param min the smallest allowed n, at least 1
 * @param max the largest allowed n ({@link Integer#MAX_VALUE} when unbounded)
 * @param step n must be a multiple of it (1 when any n will do); {@code min} is a multiple of it
 */
public record Dimensions(int min, int max, int step) {

    /** Checks the bounds. */
    public Dimensions {
        if (min < 1 || max < min || step < 1 || min % step != 0) {
            throw new IllegalArgumentException("dimensions: need 1 <= min <= max, step >= 1 dividing min;"
                    + " got min " + min + ", max " + max + ", step " + step);
        }
    }

    /** Exactly n. */
    public static Dimensions fixed(int n) {
        return new Dimensions(n, n, 1);
    }

    /** Every n ≥ min. */
    public static Dimensions atLeast(int min) {
        return new Dimensions(min, Integer.MAX_VALUE, 1);
    }

    /** Every multiple of {@code step} that is at least {@code min} (rounded up to a multiple). */
    public static Dimensions multiplesOf(int step, int min) {
        int first = Math.max(step, (min + step - 1) / step * step);
        return new Dimensions(first, Integer.MAX_VALUE, step);
    }

    /** Every n with min ≤ n ≤ max. */
    public static Dimensions between(int min, int max) {
        return new Dimensions(min, max, 1);
    }

    /** True when more than one n is allowed. */
    public boolean scalable() {
        return max > min;
    }

    /** True when n is allowed. */
    public boolean allows(long n) {
        return n >= min && n <= max && n % step == 0;
    }

    /**
     * The allowed n nearest to {@code n}; of two equally near, the larger (so that a request for
     * 1000 on a problem that needs a multiple of 4 gets 1000, and 1002 gets 1004).
     */
    public int nearest(long n) {
        if (n <= min) {
            return min;
        }
        long lastAllowed = max - (long) max % step;
        if (n >= lastAllowed) {
            return (int) lastAllowed;
        }
        long below = n - n % step;
        long above = below == n ? n : below + step;
        return (int) (n - below < above - n ? below : above);
    }

    /** In words, e.g. "n ≥ 2", "multiple of 4", "even, n ≥ 4", "2 ≤ n ≤ 31", "fixed". */
    @Override
    public String toString() {
        if (!scalable()) {
            return "fixed";
        }
        String multiple = step == 1 ? "" : step == 2 ? "even" : "multiple of " + step;
        String range;
        if (max == Integer.MAX_VALUE) {
            range = min <= step ? "" : "n ≥ " + min;
        } else {
            range = String.format(Locale.ROOT, "%d ≤ n ≤ %d", min, max);
        }
        if (multiple.isEmpty()) {
            return range.isEmpty() ? "any n" : range;
        }
        return range.isEmpty() ? multiple : multiple + ", " + range;
    }
}
