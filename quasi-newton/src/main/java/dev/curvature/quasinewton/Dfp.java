package dev.curvature.quasinewton;

/**
 * DFP curvature (Davidon 1959; Fletcher &amp; Powell 1963): the dense inverse update of Nocedal
 * &amp; Wright, 2nd ed., (6.15), H⁺ = H − Hyyᵀ H/(yᵀHy) + ssᵀ/(yᵀs), with the same start (H₀ = I,
 * then (sᵀy/yᵀy)·I before the first update, N&amp;W (6.20)) and the same skip rule (sᵀy ≤
 * ε‖s‖‖y‖ skips, ε = 10⁻⁸) as {@link Bfgs}; the two share their implementation as the θ = 0 and
 * θ = 1 members of the inverse Broyden class. DFP corrects bad curvature estimates much more
 * slowly than BFGS (N&amp;W §6.1); it is here for comparison. Immutable and thread-safe.
 */
public final class Dfp extends InverseSecantUpdate {
    private static final Dfp DEFAULT = new Dfp(CurvatureCondition.DEFAULT_TOLERANCE);

    private Dfp(double skipTolerance) {
        super(0.0, skipTolerance, true);
    }

    /** ε = 10⁻⁸. */
    public static Dfp defaults() {
        return DEFAULT;
    }

    /** The skip-rule tolerance ε ∈ [0, 1). */
    public Dfp withSkipTolerance(double epsilon) {
        return new Dfp(epsilon);
    }
}
