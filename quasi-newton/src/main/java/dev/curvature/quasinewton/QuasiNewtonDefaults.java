package dev.curvature.quasinewton;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.LineSearch;
import dev.curvature.api.LineSearchGlobalization;
import dev.curvature.linesearch.Backtracking;
import dev.curvature.linesearch.FirstIterationStep;
import dev.curvature.trustregion.SteihaugCg;
import dev.curvature.trustregion.TrustRegion;

/**
 * The single place where the quasi-Newton optimizers' default step control is chosen.
 */
public final class QuasiNewtonDefaults {
    private QuasiNewtonDefaults() {
    }

    /**
     * The line search of {@code bfgs}, {@code lbfgs} and {@code dfp}.
     *
     * <p>TODO(integration): switch to a strong-Wolfe search ({@code StrongWolfe.defaults()} or
     * {@code MoreThuente.defaults()} from the linesearch module, N&amp;W §3.1 with c₂ = 0.9) once it
     * is merged. Until then this is Armijo backtracking, which does not enforce the curvature
     * condition sᵀy &gt; 0; the updates' skip rule covers the pairs that fail it.
     */
    public static LineSearch lineSearch() {
        return Backtracking.defaults();
    }

    /**
     * The line search of {@code dfp}. DFP needs nearly exact searches: on the 35 MGH problems
     * (‖g‖∞ ≤ 10⁻⁶, measured while writing this) it solves 14 with this class's Armijo
     * backtracking, 14 with {@code MoreThuente.defaults()} (c₂ = 0.9), 33 with
     * {@code MoreThuente.defaults().withGtol(0.1)} and 34 with {@code withGtol(0.01)}, where BFGS
     * solves 33–34 with any of them.
     *
     * <p>TODO(integration): {@code MoreThuente.defaults().withGtol(0.01)}.
     */
    public static LineSearch dfpLineSearch() {
        return lineSearch();
    }

    /**
     * The line search from α₀ = 1, the natural step of a quasi-Newton direction (N&amp;W §3.5),
     * except on the first search, whose direction −g₀ (H₀ = I) carries no scale: there
     * α₀ = 1/‖g₀‖∞ ({@link FirstIterationStep#inverseMaxNorm()}, as Liu &amp; Nocedal's L-BFGS
     * driver). With α₀ = 1 a large ‖g₀‖ throws the first trial far away, where an objective
     * that flattens out (Jennrich–Sampson) offers a lower f and a vanishing gradient.
     */
    public static LineSearchGlobalization lineSearchGlobalization() {
        return lineSearchGlobalization(lineSearch());
    }

    /** {@code search} from the initial steps of {@link #lineSearchGlobalization()}. */
    public static LineSearchGlobalization lineSearchGlobalization(LineSearch search) {
        return new LineSearchGlobalization(search, FirstIterationStep.inverseMaxNorm());
    }

    /**
     * The trust region of {@code sr1}: Steihaug-CG with {@link TrustRegion}'s documented radius
     * defaults, the model updated after accepted steps only. (N&amp;W Algorithm 6.2 also updates
     * SR1 at rejected trials — {@link TrustRegion#withRejectedStepUpdates(boolean)}. On the 35 MGH
     * problems that saved about a fifth of the iterations where both variants converged, but it
     * lost Osborne 1 and Chebyquad: a rejected first trial far from x0, where the exponentials
     * blow up, gives a secant pair that scales B by 10⁶⁰.)
     */
    public static TrustRegion trustRegion() {
        return TrustRegion.with(SteihaugCg.defaults());
    }

    /** The stopping rules of every quasi-Newton optimizer. */
    public static ConvergenceCriteria criteria() {
        return ConvergenceCriteria.defaults();
    }
}
