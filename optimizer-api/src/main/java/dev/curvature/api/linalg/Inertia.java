package dev.curvature.api.linalg;

/**
 * Sylvester's inertia of a symmetric matrix: how many eigenvalues are positive, negative, zero.
 *
 * @param positive the number of positive eigenvalues
 * @param negative the number of negative eigenvalues
 * @param zero the number of (numerically) zero eigenvalues
 */
public record Inertia(int positive, int negative, int zero) {

    /** True when every eigenvalue is positive. */
    public boolean positiveDefinite() {
        return negative == 0 && zero == 0;
    }
}
