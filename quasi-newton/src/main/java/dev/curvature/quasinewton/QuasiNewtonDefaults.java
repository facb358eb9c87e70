package dev.curvature.quasinewton;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.InitialStep;
import dev.curvature.api.LineSearch;
import dev.curvature.api.LineSearchGlobalization;
import dev.curvature.linesearch.Backtracking;
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

    /** Line search from α₀ = 1, the natural step of a quasi-Newton direction (N&amp;W §3.5). */
    public static LineSearchGlobalization lineSearchGlobalization() {
        return new LineSearchGlobalization(lineSearch(), InitialStep.UNIT);
    }

    /**
     * The trust region of {@code sr1}: Steihaug-CG with {@link TrustRegion}'s documented radius
     * defaults, the model also updated at rejected trials (N&amp;W Algorithm 6.2). On the MGH set
     * that update cut SR1's total iterations by about a fifth.
     */
    public static TrustRegion trustRegion() {
        return TrustRegion.with(SteihaugCg.defaults()).withRejectedStepUpdates(true);
    }

    /** The stopping rules of every quasi-Newton optimizer. */
    public static ConvergenceCriteria criteria() {
        return ConvergenceCriteria.defaults();
    }
}
