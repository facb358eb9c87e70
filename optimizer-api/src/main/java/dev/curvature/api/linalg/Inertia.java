package dev.curvature.api.linalg;

/**
 * The inertia of a symmetric matrix (Sylvester's law of inertia; Golub &amp; Van Loan, 4th ed.,
 * §8.1): how many eigenvalues are positive, negative and zero, zero meaning within the
 * tolerance of whoever counted them. The one inertia type of Curvature: the dense
 * factorizations and {@code HessianAnalysis} both report it.
 *
 * @param positive eigenvalues above the zero tolerance
 * @param negative eigenvalues below minus the zero tolerance
 * @param zero eigenvalues within the zero tolerance of 0
 */
public record Inertia(int positive, int negative, int zero) {

    /** Validates that the counts are non-negative. */
    public Inertia {
        if (positive < 0 || negative < 0 || zero < 0) {
            throw new IllegalArgumentException("inertia counts must be non-negative, were ("
                    + positive + ", " + negative + ", " + zero + ")");
        }
    }

    /** The dimension n = positive + negative + zero. */
    public int dimension() {
        return positive + negative + zero;
    }

    /** True when every eigenvalue is positive. */
    public boolean positiveDefinite() {
        return negative == 0 && zero == 0;
    }
}
