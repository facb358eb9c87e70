package dev.curvature.newton;

import dev.curvature.api.spi.Vectors;

/**
 * The reset rule shared by the Newton models: after {@link #request()}, the next direction is −g
 * once, then Newton directions resume (Nocedal &amp; Wright §3.4: a fallback that guarantees
 * descent when the Newton direction fails).
 */
final class SteepestDescentFallback {
    private boolean pending;

    /** Asks for one steepest-descent direction; false when one is already pending. */
    boolean request() {
        if (pending) {
            return false;
        }
        pending = true;
        return true;
    }

    /** When a fallback is pending, writes −g into {@code out}, clears it and returns true. */
    boolean apply(double[] g, double[] out) {
        if (!pending) {
            return false;
        }
        pending = false;
        Vectors.scale(-1, g, out);
        return true;
    }
}
