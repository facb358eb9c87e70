package dev.curvature.quasinewton;

/**
 * BFGS curvature: the dense inverse update (Nocedal &amp; Wright, 2nd ed., Algorithm 6.1 and
 * (6.17)) H⁺ = (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ, ρ = 1/sᵀy, with H₀ = I for the first direction and
 * H scaled to (sᵀy/yᵀy)·I just before the first update (N&amp;W (6.20)). The direction is
 * p = −Hg (O(n²)); B = H⁻¹ for a trust region comes from a Cholesky factorization of H.
 *
 * <p>Skip rule: the update needs sᵀy &gt; 0 (N&amp;W (6.7)) to keep H positive definite. A pair
 * with sᵀy ≤ ε‖s‖‖y‖ (default ε = 10⁻⁸) is skipped and H kept. A strong-Wolfe line search
 * guarantees sᵀy &gt; 0; Armijo backtracking does not, and then skipping is what keeps the
 * method well defined. O(n²) memory. Immutable and thread-safe.
 */
public final class Bfgs extends InverseSecantUpdate {
    private static final Bfgs DEFAULT = new Bfgs(CurvatureCondition.DEFAULT_TOLERANCE);

    private Bfgs(double skipTolerance) {
        super(1.0, skipTolerance);
    }

    /** ε = 10⁻⁸. */
    public static Bfgs defaults() {
        return DEFAULT;
    }

    /** The skip-rule tolerance ε ∈ [0, 1). */
    public Bfgs withSkipTolerance(double epsilon) {
        return new Bfgs(epsilon);
    }
}
