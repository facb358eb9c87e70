package dev.curvature.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The memory a method needs at dimension n, checked before anything is allocated, so that a size
 * the heap cannot hold ends in one line that gives the estimate and the methods that fit instead
 * of an {@link OutOfMemoryError} (or EJML's "Matrix size exceeds the size of an integer").
 *
 * <p>The estimate is {@code matrices · 8n² + vectors · 8n} bytes. Dense methods keep n×n matrices:
 * the Hessian (or the quasi-Newton matrix) plus the factorization and work copies the method makes
 * in an iteration; every method keeps O(1) n-vectors (L-BFGS 2m of them, m = 10). The counts are
 * upper estimates of what one iteration holds at once, not a measurement of every allocation.
 * A method not listed is assumed matrix-free with {@link #DEFAULT_VECTORS} vectors.
 */
final class MemoryCheck {
    /** Largest n for an n×n matrix in one Java array (EJML's row-major storage): n² ≤ 2³¹ − 1. */
    static final int MAX_DENSE_N = 46_340;
    static final int DEFAULT_VECTORS = 30;

    /** Dense n×n matrices held at once, per method. */
    private static final Map<String, Integer> MATRICES = Map.of(
            "newton", 3, "damped-newton", 3, "levenberg-newton", 3, "newton-trust-region", 4,
            "saddle-free-newton", 4, "bfgs", 2, "dfp", 2, "sr1", 2);
    /** n-vectors held at once, per method (the README's 21 for newton-cg, 2m + 10 for L-BFGS). */
    private static final Map<String, Integer> VECTORS = Map.of("lbfgs", 30, "newton-cg", 30,
            "newton-trust-region-cg", 30);

    private MemoryCheck() {
    }

    /** True when {@code method} keeps dense n×n matrices. */
    static boolean dense(String method) {
        return MATRICES.containsKey(method);
    }

    /** Estimated bytes for {@code method} at dimension n ({@code Long.MAX_VALUE} on overflow). */
    static long bytes(String method, long n) {
        double b = 8.0 * n * VECTORS.getOrDefault(method, DEFAULT_VECTORS)
                + 8.0 * n * n * MATRICES.getOrDefault(method, 0);
        return b >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) b;
    }

    /** Why {@code method} cannot run at n with {@code available} bytes, or null when it can. */
    static String refusal(String method, long n, long available) {
        if (dense(method) && n > MAX_DENSE_N) {
            return String.format(Locale.ROOT, "%s keeps dense n×n matrices, and n = %d is beyond the"
                    + " largest Java array (n ≤ %d; one matrix alone would be %s)", method, n,
                    MAX_DENSE_N, size(8.0 * n * n));
        }
        long need = bytes(method, n);
        if (need > available) {
            return String.format(Locale.ROOT, "%s needs about %s at n = %d (%s), more than the %s of heap"
                    + " available", method, size(need), n, what(method, n), size(available));
        }
        return null;
    }

    /**
     * Throws, before anything is allocated, when any of {@code methods} cannot run at n.
     *
     * @param option the option that set n, for the message (e.g. "--n")
     * @param all every registered method, to name those that fit
     * @throws IllegalArgumentException one line: the estimate and the methods that fit
     */
    static void require(Collection<String> methods, long n, Collection<String> all, String option) {
        require(methods, n, all, option, available());
    }

    static void require(Collection<String> methods, long n, Collection<String> all, String option,
            long available) {
        List<String> refused = new ArrayList<>();
        String first = null;
        for (String m : methods) {
            String why = refusal(m, n, available);
            if (why != null) {
                refused.add(m);
                if (first == null) {
                    first = why;
                }
            }
        }
        if (first == null) {
            return;
        }
        List<String> fit = new ArrayList<>();
        for (String m : all) {
            if (refusal(m, n, available) == null) {
                fit.add(m);
            }
        }
        String others = refused.size() > 1 ? " (also too large: " + String.join(", ",
                refused.subList(1, refused.size())) + ")" : "";
        String advice = fit.isEmpty()
                ? "no method fits; use a smaller n"
                : "methods that fit: " + String.join(", ", fit);
        throw new IllegalArgumentException(option + ": " + first + others + "; " + advice
                + " (more heap: CURVATURE_JAVA_OPTS=-Xmx…)");
    }

    /** Heap the JVM can still give: its maximum less what is in use now. */
    static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private static String what(String method, long n) {
        int m = MATRICES.getOrDefault(method, 0);
        int v = VECTORS.getOrDefault(method, DEFAULT_VECTORS);
        return m > 0 ? String.format(Locale.ROOT, "%d dense %d×%d matrices and %d vectors", m, n, n, v)
                : String.format(Locale.ROOT, "%d vectors of %d doubles", v, n);
    }

    /** Bytes in GB or MB, e.g. "14.4 GB". */
    static String size(double bytes) {
        if (bytes >= 1e15) {
            return String.format(Locale.ROOT, "%,.0f TB", bytes / 1e12);
        }
        if (bytes >= 1e12) {
            return String.format(Locale.ROOT, "%.3g TB", bytes / 1e12);
        }
        if (bytes >= 1e9) {
            return String.format(Locale.ROOT, "%.3g GB", bytes / 1e9);
        }
        return String.format(Locale.ROOT, "%.3g MB", bytes / 1e6);
    }
}
