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
 *
 * <p>{@link #withInitialScaling(boolean) withInitialScaling(false)} keeps H₀ = I at the first
 * update, as SciPy's BFGS ({@code _minimize_bfgs}) and Fletcher (<i>Practical Methods of
 * Optimization</i>, 2nd ed., 1987, §3.4) do; that start needs a first trial step fitted to f, such
 * as {@link dev.curvature.linesearch.QuadraticInterpolationStep}'s (N&amp;W (3.60), SciPy's
 * {@code line_search_wolfe1}). Measurements on both starts:
 * docs/defaults.md#initial-scaling-of-bfgs.
 */
public final class Bfgs extends InverseSecantUpdate {
    private static final Bfgs DEFAULT = new Bfgs(CurvatureCondition.DEFAULT_TOLERANCE, true);

    private Bfgs(double skipTolerance, boolean initialScaling) {
        super(1.0, skipTolerance, initialScaling);
    }

    /** ε = 10⁻⁸, H₀ rescaled by (6.20) before the first update. */
    public static Bfgs defaults() {
        return DEFAULT;
    }

    /** The skip-rule tolerance ε ∈ [0, 1). */
    public Bfgs withSkipTolerance(double epsilon) {
        return new Bfgs(epsilon, initialScaling());
    }

    /**
     * Whether H₀ = I is replaced by (sᵀy/yᵀy)·I just before the first update (N&amp;W (6.20),
     * Shanno &amp; Phua 1978; default {@code true}); with {@code false} the first update starts
     * from H₀ = I. A reset ({@link InverseBroydenModel#reset()}) rescales either way.
     */
    public Bfgs withInitialScaling(boolean on) {
        return new Bfgs(skipTolerance(), on);
    }
}
